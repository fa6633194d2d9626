//! Merged bounds checks over straight-line code.
//!
//! In exact mode each heap access is checked on its own
//! ([`Inst::CheckedLoad`], [`Inst::CheckedStore`]). Loops often make
//! several accesses off one base, and one test before them can prove them
//! all in bounds. In a loop's body (and in a small function's, which loops
//! likely call), a run of straight-line statements (no `block`, `loop` or
//! `br_table` in them) whose accesses `H[B + c]` share a base `B` of locals
//! and constants that the run does not assign before them, with constant
//! offsets `cmin <= c <= cmax` (`cmin <= 0 <= cmax`), is written twice:
//!
//! ```text
//! B + cmin <u LEN - (cmax - cmin)   (and so for each base)
//! if (hinted taken)  the run, those accesses unchecked
//! else               the run as it was
//! ```
//!
//! The test gives `0 <= B + c <= LEN - 1` without wrapping, `B` included,
//! and the element starts at or below that. In the fast copy a proven
//! access's offset goes into the instruction when it is a positive
//! multiple of the element size (`(B + c) & -size` is `(B & -size) + c`),
//! and four byte loads that read a little-endian word become one load.
//! The other copy keeps exact semantics when a test fails (a base near
//! the end of the heap or past it, or negative with an offset that wraps
//! it back into the heap).

use asm2wasm_check::View;

use super::HeapLen;
use crate::ir::{self, Code, Inst, Op, Ty};

/// At most this many instructions are duplicated for one guard.
const MAX_INSTS: usize = 240;
/// A guard may duplicate at most this many instructions (markers included)
/// per access it proves in bounds: straight code with a few accesses in
/// long statements would double in size for little. 12 keeps every guard
/// of the examples' hot loops but a few of float32's, and the bench
/// module at 0.448 bytes per input byte (14: 0.450, past the 0.45 goal).
const INSTS_PER_ACCESS: usize = 12;
/// A base is at most this many instructions.
const MAX_BASE: usize = 13;

/// Guard the runs of `code` (a function's, or a body lowered to be
/// inlined): in its loops, and at its top level too when `top` gives the
/// type of the function's result (the value its last statement may leave;
/// asked only when the code has checks).
pub(crate) fn run(code: &mut Code, heap: HeapLen, top: impl FnOnce() -> Option<Ty>) {
    let (mut checks, mut loops) = (false, false);
    for inst in code.iter() {
        checks |= matches!(inst, Inst::CheckedLoad { .. } | Inst::CheckedStore { .. });
        loops |= matches!(inst, Inst::Loop(_));
    }
    let top = if checks { top() } else { return };
    if !loops && top.is_none() {
        return;
    }
    let tree = ir::tree(code);
    let mut guards = Vec::new();
    for stmts in statements(code, top) {
        plan(code, &tree, &stmts, heap, &mut guards);
    }
    if guards.is_empty() {
        return;
    }
    guards.sort_by_key(|g| g.fast.start);
    *code = rewrite(code, &tree, &guards, heap);
}

/// A statement of a frame: its instructions, whether it is straight line
/// (no `block`, `loop` or `br_table` in it), and the type of the value it
/// leaves (only the top level's last may leave one: the function's result).
#[derive(Clone, Copy)]
struct Stmt {
    start: usize,
    end: usize,
    straight: bool,
    value: Ty,
}

/// One open frame of the walk in [`statements`].
struct Frame {
    /// Its statements are planned: a loop's, a block's directly in a loop
    /// (a `continue` target), or the top level's when asked.
    planned: bool,
    is_loop: bool,
    /// It leaves a value.
    value: bool,
    /// Values on the stack in this frame.
    height: u32,
    start: usize,
    straight: bool,
    stmts: Vec<Stmt>,
}

/// The statements of every frame whose runs are planned.
fn statements(code: &[Inst], top: Option<Ty>) -> Vec<Vec<Stmt>> {
    let frame = |planned, is_loop, value, start| Frame {
        planned,
        is_loop,
        value,
        height: 0,
        start,
        straight: true,
        stmts: Vec::new(),
    };
    let mut frames = vec![frame(top.is_some(), false, false, 0)];
    let mut done = Vec::new();
    // Where the function's `end` is (a body to inline has none).
    let mut body_end = code.len();
    let not_straight = |frames: &mut Vec<Frame>| frames.iter_mut().for_each(|f| f.straight = false);
    for (i, inst) in code.iter().enumerate() {
        let last = frames.len() - 1;
        match inst {
            Inst::Block(t) | Inst::Loop(t) | Inst::If(t) => {
                if matches!(inst, Inst::If(_)) {
                    frames[last].height -= 1;
                } else {
                    not_straight(&mut frames);
                }
                let is_loop = matches!(inst, Inst::Loop(_));
                let planned = is_loop || (frames[last].is_loop && matches!(inst, Inst::Block(_)));
                frames.push(frame(planned, is_loop, *t != Ty::Empty, i + 1));
                continue;
            }
            Inst::Op(Op::Else) => {
                (frames[last].height, frames[last].start) = (0, i + 1);
                continue;
            }
            Inst::Op(Op::End) if last > 0 => {
                let f = frames.pop().unwrap();
                if f.planned {
                    done.push(f.stmts);
                }
                frames[last - 1].height += u32::from(f.value);
            }
            Inst::Op(Op::End) => {
                body_end = i;
                continue;
            }
            Inst::Hint(_) | Inst::Pos(_) => continue,
            Inst::Br(_) | Inst::Op(Op::Return) => frames[last].height = 0,
            Inst::BrTable(_) => {
                not_straight(&mut frames);
                frames[last].height = 0;
            }
            inst => {
                let (pops, pushes) = ir::arity(inst);
                frames[last].height = frames[last].height + pushes - pops;
            }
        }
        let f = frames.last_mut().unwrap();
        if f.height == 0 {
            if f.planned {
                let s = Stmt { start: f.start, end: i + 1, straight: f.straight, value: Ty::Empty };
                f.stmts.push(s);
            }
            (f.start, f.straight) = (i + 1, true);
        }
    }
    // The top level's last statement may leave the function's result, up
    // to the function's `end` (a body to inline has none).
    let mut f = frames.pop().unwrap();
    if let Some(t) = top {
        if f.height == 1 && f.start < body_end {
            let s = Stmt { start: f.start, end: body_end, straight: f.straight, value: t };
            f.stmts.push(s);
        }
        done.push(f.stmts);
    }
    done
}

/// Instructions `.0` to `.1` (not included) of a function's code.
type Span = (usize, usize);

/// A checked access, split: its address `base` (instructions
/// `base.0..base.1`) plus `offset`, the add (or sub) of the offset's
/// constant ending at `addr_end`.
#[derive(Clone, Copy)]
pub(super) struct Access {
    pub(super) at: usize,
    view: View,
    align: u8,
    pub(super) base: Span,
    pub(super) offset: i64,
    pub(super) addr_end: usize,
}

/// The access at `i`, split, if `i` is a checked access.
pub(super) fn access(code: &[Inst], tree: &ir::Tree, i: usize) -> Option<Access> {
    let (view, align, addr_end) = match code[i] {
        Inst::CheckedLoad { view, align } => (view, align, i),
        Inst::CheckedStore { view, align } => (view, align, tree.start[i - 1] as usize),
        _ => return None,
    };
    let root = addr_end - 1;
    let start = tree.start[root] as usize;
    let (base, offset) = match (&code[root], code.get(root.wrapping_sub(1))) {
        (Inst::Op(op @ (Op::I32Add | Op::I32Sub)), Some(Inst::I32Const(c)))
            if root >= 2 && tree.start[root - 2] as usize == start =>
        {
            let c = i64::from(*c);
            ((start, root - 1), if *op == Op::I32Add { c } else { -c })
        }
        _ => ((start, addr_end), 0),
    };
    Some(Access { at: i, view, align, base, offset, addr_end })
}

/// Whether `code` can be evaluated again for a test, at no cost and with
/// no effect: locals, int constants and non-trapping int operators over
/// them, with at least one local (a constant address is checked at
/// translation).
fn is_base(code: &[Inst]) -> bool {
    code.len() <= MAX_BASE
        && code.iter().any(|i| matches!(i, Inst::LocalGet(_)))
        && code.iter().all(|i| {
            matches!(
                i,
                Inst::LocalGet(_)
                    | Inst::I32Const(_)
                    | Inst::Op(
                        Op::I32Add
                            | Op::I32Sub
                            | Op::I32And
                            | Op::I32Or
                            | Op::I32Xor
                            | Op::I32Shl
                            | Op::I32ShrS
                            | Op::I32ShrU
                    )
            )
        })
}

/// A guard: its statements' instructions `start..end` and the type of the
/// value they leave, the bases it tests (instructions, `cmin`,
/// `cmax - cmin`), and the accesses it proves.
struct Guard {
    /// Its statements and the accesses it proves, as the fast copy takes them.
    fast: Fast,
    value: Ty,
    tests: Vec<(Span, i64, u32)>,
}

/// Plan the guards of the runs of straight-line statements of `stmts`: one
/// for each run where some base has two or more checked accesses to merge.
fn plan(code: &[Inst], tree: &ir::Tree, stmts: &[Stmt], heap: HeapLen, out: &mut Vec<Guard>) {
    let mut next = 0;
    while next < stmts.len() {
        let (consumed, guard) = plan_run(code, tree, &stmts[next..], heap);
        out.extend(guard);
        next += consumed;
    }
}

/// The guard of the run of straight-line statements that `stmts` starts
/// with, if one is worth it, and how many statements the run took (at least
/// one: a statement that is not straight-line is a run of its own).
fn plan_run(
    code: &[Inst],
    tree: &ir::Tree,
    stmts: &[Stmt],
    heap: HeapLen,
) -> (usize, Option<Guard>) {
    let mut run = stmts.len();
    let mut assigned: Vec<u32> = Vec::new();
    // By group: the base, and its accesses with their statements.
    let mut groups: Vec<(Span, Vec<(Access, usize)>)> = Vec::new();
    for (k, s) in stmts.iter().enumerate() {
        if !s.straight || s.end - stmts[0].start > MAX_INSTS {
            run = k.max(1);
            break;
        }
        for i in s.start..s.end {
            if let Inst::LocalSet(l) | Inst::LocalTee(l) = code[i] {
                assigned.push(l);
                continue;
            }
            let Some(a) = access(code, tree, i) else { continue };
            let base = &code[a.base.0..a.base.1];
            // A base whose locals the run assigned before is not the value
            // the test saw: such an access keeps its check.
            let live = base.iter().all(|b| !matches!(b, Inst::LocalGet(l) if assigned.contains(l)));
            if !is_base(base) || !live || a.offset.abs() >= i64::from(heap.min / 4) {
                continue;
            }
            match groups.iter_mut().find(|(b, _)| code[b.0..b.1] == *base) {
                Some((_, list)) => list.push((a, k)),
                None => groups.push((a.base, vec![(a, k)])),
            }
        }
    }
    let mut guard = Guard { fast: Fast::guarded(), value: Ty::Empty, tests: Vec::new() };
    // The guard covers the statements from the first proven access's to the
    // last's: those before (a loop's exit test) run once, before the test.
    let (mut first, mut last) = (usize::MAX, 0);
    for (base, list) in groups.into_iter().filter(|(_, l)| l.len() >= 2) {
        let offsets = || list.iter().map(|(a, _)| a.offset);
        let (cmin, cmax) = (offsets().min().unwrap().min(0), offsets().max().unwrap().max(0));
        guard.tests.push((base, cmin, (cmax - cmin) as u32));
        for (a, k) in list {
            guard.fast.proven.push(a);
            (first, last) = (first.min(k), last.max(k));
        }
    }
    if guard.tests.is_empty() {
        return (run, None);
    }
    guard.fast.start = stmts[first].start;
    (guard.fast.end, guard.value) = (stmts[last].end, stmts[last].value);
    let worth = guard.fast.end - guard.fast.start <= INSTS_PER_ACCESS * guard.fast.proven.len();
    (run, worth.then_some(guard))
}

/// `code` with each guard's statements written twice behind its tests.
fn rewrite(code: &[Inst], tree: &ir::Tree, guards: &[Guard], heap: HeapLen) -> Code {
    let mut out = Code::with_capacity(code.len() * 2);
    let mut next = 0;
    for g in guards {
        out.extend_from_slice(&code[next..g.fast.start]);
        for (k, &((b0, b1), cmin, span)) in g.tests.iter().enumerate() {
            out.extend_from_slice(&code[b0..b1]);
            if cmin != 0 {
                out.extend([Inst::I32Const(cmin as i32), Inst::Op(Op::I32Add)]);
            }
            heap.minus(span, &mut out);
            out.push(Inst::Op(Op::I32LtU));
            if k > 0 {
                out.push(Inst::Op(Op::I32And));
            }
        }
        out.extend([Inst::Hint(true), Inst::If(g.value)]);
        fast_copy(code, tree, &g.fast, &mut out);
        out.push(Inst::Op(Op::Else));
        copy(&code[g.fast.start..g.fast.end], &mut out);
        out.push(Inst::Op(Op::End));
        next = g.fast.end;
    }
    out.extend_from_slice(&code[next..]);
    out
}

/// Copy `code`, now one frame deeper: branches out of it go one frame
/// further.
pub(super) fn copy(code: &[Inst], out: &mut Code) {
    let mut depth = 0u32;
    for inst in code {
        out.push(deeper(inst, &mut depth));
    }
}

/// `inst` one frame deeper, `depth` frames into the copied code.
fn deeper(inst: &Inst, depth: &mut u32) -> Inst {
    match inst {
        Inst::Block(_) | Inst::Loop(_) | Inst::If(_) => *depth += 1,
        Inst::Op(Op::End) => *depth -= 1,
        Inst::Br(d) if *d >= *depth => return Inst::Br(d + 1),
        Inst::BrIf(d) if *d >= *depth => return Inst::BrIf(d + 1),
        _ => {}
    }
    inst.clone()
}

/// What the fast copy does at an instruction: write `insert`, then leave
/// out `skip` instructions (0: copy the instruction as usual).
struct Edit {
    at: usize,
    insert: Vec<Inst>,
    skip: usize,
}

/// What a fast copy of instructions `start..end` leaves out: the checks of
/// the `proven` accesses, and the alignment masks at `unmasked` (a checked
/// access's, or an `i32.const` of `i32.and` before a load or store).
pub(super) struct Fast {
    pub(super) start: usize,
    pub(super) end: usize,
    /// The copy goes in an `if` (its branches out go one frame further);
    /// else in place of the code.
    pub(super) guarded: bool,
    pub(super) proven: Vec<Access>,
    pub(super) unmasked: Vec<usize>,
}

impl Fast {
    /// Nothing yet, for a copy in an `if`.
    fn guarded() -> Fast {
        Fast { start: 0, end: 0, guarded: true, proven: Vec::new(), unmasked: Vec::new() }
    }
}

/// The fast copy `g` says, written to `out`.
pub(super) fn fast_copy(code: &[Inst], tree: &ir::Tree, g: &Fast, out: &mut Code) {
    let mut edits: Vec<Edit> = Vec::new();
    let mut edit = |at, insert, skip| edits.push(Edit { at, insert, skip });
    let words = words(code, tree, &g.proven);
    let unmasked = |at: usize| g.unmasked.contains(&at);
    for &at in &g.unmasked {
        match code[at] {
            // An unchecked access's mask.
            Inst::I32Const(_) => edit(at, vec![], 2),
            // A checked access that stays checked.
            Inst::CheckedLoad { view, .. } if !g.proven.iter().any(|a| a.at == at) => {
                edit(at, vec![Inst::CheckedLoad { view, align: 0 }], 1);
            }
            Inst::CheckedStore { view, .. } if !g.proven.iter().any(|a| a.at == at) => {
                edit(at, vec![Inst::CheckedStore { view, align: 0 }], 1);
            }
            _ => {}
        }
    }
    for a in &g.proven {
        if words.iter().any(|w| (w.start..w.end).contains(&a.at)) {
            continue;
        }
        let size = 1i64 << a.view.shift();
        let folded = a.offset > 0 && a.offset % size == 0;
        if folded {
            edit(a.base.1, vec![], a.addr_end - a.base.1);
        }
        if a.align > 0 && !unmasked(a.at) {
            edit(a.addr_end, vec![Inst::I32Const(-(1 << a.align)), Inst::Op(Op::I32And)], 0);
        }
        let offset = if folded { a.offset as u32 } else { 0 };
        let inst = match code[a.at] {
            Inst::CheckedLoad { view, .. } => Inst::Load { view, offset },
            _ => Inst::Store { view: a.view, offset },
        };
        edit(a.at, vec![inst], 1);
    }
    for w in &words {
        // The first byte's base, then the word's load at its offset.
        let a = w.first;
        let at = if a.offset > 0 { a.base.1 } else { a.addr_end };
        let offset = a.offset.max(0) as u32;
        edit(at, vec![Inst::LoadWord { offset }], w.end - at);
    }
    edits.sort_by_key(|e| e.at);
    let mut depth = 0u32;
    let mut edits = edits.into_iter().peekable();
    let mut i = g.start;
    while i < g.end {
        let mut skip = 0;
        while let Some(e) = edits.next_if(|e| e.at == i) {
            out.extend(e.insert);
            skip = skip.max(e.skip);
        }
        if skip > 0 {
            i += skip;
            continue;
        }
        out.push(if g.guarded { deeper(&code[i], &mut depth) } else { code[i].clone() });
        i += 1;
    }
}

/// Four proven byte loads that read a little-endian word,
/// `U8[B + c] | U8[B + c + 1] << 8 | U8[B + c + 2] << 16 | U8[B + c + 3] << 24`
/// (the `|`s left to right): its instructions `start..end`.
struct Word {
    start: usize,
    end: usize,
    first: Access,
}

/// The words among the `proven` accesses.
fn words(code: &[Inst], tree: &ir::Tree, proven: &[Access]) -> Vec<Word> {
    let byte = |i: usize| proven.iter().find(|a| a.at == i && a.view == View::U8);
    let mut found = Vec::new();
    for a in proven.iter().filter(|a| a.view == View::U8) {
        // Each next byte: its address right after the word so far, its
        // load, then `i32.const 8n; i32.shl; i32.or`.
        let mut end = a.at + 1;
        for n in 1..4 {
            let next = code[end..].iter().position(|i| matches!(i, Inst::CheckedLoad { .. }));
            let Some(b) = next.and_then(|k| byte(end + k)) else { break };
            let tail = [Inst::I32Const(8 * n), Inst::Op(Op::I32Shl), Inst::Op(Op::I32Or)];
            if tree.start[b.at] as usize != end
                || code[b.base.0..b.base.1] != code[a.base.0..a.base.1]
                || b.offset != a.offset + i64::from(n)
                || code.get(b.at + 1..b.at + 4) != Some(&tail[..])
            {
                break;
            }
            end = b.at + 4;
            if n == 3 {
                found.push(Word { start: a.base.0, end, first: *a });
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::passes::normal;

    fn guards(before: &str, top: bool) -> String {
        let mut code = crate::ir::parse(before);
        run(&mut code, HeapLen { min: 65536, fixed: true }, || top.then_some(Ty::I32));
        crate::ir::print(&code)
    }

    #[test]
    fn two_accesses_off_one_base_share_a_test() {
        // `H32[p >> 2] = H32[(p + 4) >> 2]` in a loop, then `p = p + 8`.
        let before = "loop
                        local.get 0
                        local.get 0
                        i32.const 4
                        i32.add
                        checked.load.I32 align=2
                        checked.store.I32 align=2
                        local.get 0
                        i32.const 8
                        i32.add
                        local.set 0
                        br 0
                      end";
        let after = "loop
                       local.get 0
                       i32.const 65532
                       i32.lt_u
                       hint taken
                       if
                         local.get 0
                         i32.const -4
                         i32.and
                         local.get 0
                         i32.const -4
                         i32.and
                         load.I32 offset=4
                         store.I32
                       else
                         local.get 0
                         local.get 0
                         i32.const 4
                         i32.add
                         checked.load.I32 align=2
                         checked.store.I32 align=2
                       end
                       local.get 0
                       i32.const 8
                       i32.add
                       local.set 0
                       br 0
                     end";
        assert_eq!(guards(before, false), normal(after));
    }

    #[test]
    fn a_word_read_byte_by_byte_is_one_load() {
        // `return HU8[p] | HU8[p + 1] << 8 | HU8[p + 2] << 16 | HU8[p + 3] << 24`,
        // a small function's last statement: the guard leaves its value.
        let before = "local.get 0
                      checked.load.U8
                      local.get 0
                      i32.const 1
                      i32.add
                      checked.load.U8
                      i32.const 8
                      i32.shl
                      i32.or
                      local.get 0
                      i32.const 2
                      i32.add
                      checked.load.U8
                      i32.const 16
                      i32.shl
                      i32.or
                      local.get 0
                      i32.const 3
                      i32.add
                      checked.load.U8
                      i32.const 24
                      i32.shl
                      i32.or
                      end";
        let after = "local.get 0
                     i32.const 65533
                     i32.lt_u
                     hint taken
                     if (result i32)
                       local.get 0
                       load.word
                     else
                       local.get 0
                       checked.load.U8
                       local.get 0
                       i32.const 1
                       i32.add
                       checked.load.U8
                       i32.const 8
                       i32.shl
                       i32.or
                       local.get 0
                       i32.const 2
                       i32.add
                       checked.load.U8
                       i32.const 16
                       i32.shl
                       i32.or
                       local.get 0
                       i32.const 3
                       i32.add
                       checked.load.U8
                       i32.const 24
                       i32.shl
                       i32.or
                     end
                     end";
        assert_eq!(guards(before, true), normal(after));
    }

    #[test]
    fn branches_out_of_a_guard_go_one_frame_further() {
        // `if (!H32[p >> 2]) break; H32[(p + 4) >> 2] = x;` in a loop: the
        // `br_if` out of the loop is one frame deeper in both copies; the
        // loop's `br 0`, after the last access, stays outside the guard.
        let before = "loop
                        local.get 0
                        checked.load.I32 align=2
                        i32.eqz
                        br_if 1
                        local.get 0
                        i32.const 4
                        i32.add
                        local.get 1
                        checked.store.I32 align=2
                        br 0
                      end";
        let after = "loop
                       local.get 0
                       i32.const 65532
                       i32.lt_u
                       hint taken
                       if
                         local.get 0
                         i32.const -4
                         i32.and
                         load.I32
                         i32.eqz
                         br_if 2
                         local.get 0
                         i32.const -4
                         i32.and
                         local.get 1
                         store.I32 offset=4
                       else
                         local.get 0
                         checked.load.I32 align=2
                         i32.eqz
                         br_if 2
                         local.get 0
                         i32.const 4
                         i32.add
                         local.get 1
                         checked.store.I32 align=2
                       end
                       br 0
                     end";
        assert_eq!(guards(before, false), normal(after));
    }
}
