//! Versioned loops: tests before a loop that let a copy of it run with
//! fewer checks and masks, the loop written twice behind them
//! (`if (tests) { fast copy } else { the loop as it was }`, hinted taken).
//!
//! - **Counted loops** (exact mode). A loop whose test bounds a counter,
//!   `p < end`, `p <= end` (`p` growing), `p > end`, `p >= end` (`p`
//!   shrinking), or two such compares joined by `&`, with `end` a local the
//!   loop does not assign or a constant, and `p` assigned only by steps
//!   `p = p ± k` in its direction outside nested loops: every value `p` has
//!   at the top of an iteration lies between its value before the loop and
//!   the bound, so testing both proves every access `H[p + c]` that comes
//!   before a step of `p` in the iteration (nested loops included).
//! - **Pointers aligned** (both modes). A local whose every assignment in
//!   the loop gives a multiple of `2^k` when the loop's other such locals
//!   are multiples of `2^k` (steps `p = p + 4`, copies `j = i - 4`,
//!   constants) stays one all through the loop if it is one at the start,
//!   by induction over the assignments. Testing that at the start lets the
//!   fast copy drop the alignment masks (`a & -4`) of addresses that are
//!   then multiples of the element size. An existing guard takes these
//!   tests at no cost in size; a loop versioned for alignment alone must be
//!   small for the masks it spares.
//!
//! Nested loops are versioned in turn, in both copies; a local tested
//! aligned by an enclosing loop is not tested again.

mod align;

use super::HeapLen;
use super::guards::{self, Access, Fast};
use crate::ir::{self, Code, Inst, Op, Ty};
use align::{Known, alignment};

/// A loop of more instructions (markers aside) is not versioned: the
/// examples' hot loops have at most 100; at 240, sql.js's output grew by 5%.
const MAX_INSTS: usize = 100;
/// A loop guarded for its bounds may be at most this many instructions per
/// access it proves in bounds (hash's byte-at-a-time loop needs 32).
const INSTS_PER_ACCESS: usize = 32;
/// A loop guarded for alignment alone must spare this many masks...
const MIN_HELPED: usize = 2;
/// ... and be at most this many instructions per mask spared.
const INSTS_PER_HELPED: usize = 20;
/// The largest step of a counter.
const MAX_STEP: i32 = 0x10_0000;

/// Version the loops of `code` (a function's, or a body lowered to be
/// inlined, its first `params` locals its parameters); `heap` in exact
/// mode, where counted loops prove accesses in bounds.
pub(crate) fn run(code: &mut Code, heap: Option<HeapLen>, params: u32) {
    let has_loop = code.windows(2).any(|w| matches!(w, [Inst::Block(_), Inst::Loop(_)]));
    if !has_loop {
        return;
    }
    let tree = ir::tree(code);
    let known = Known::of(code, &tree, params);
    let mut cx = Cx { heap, known, tested: Vec::new() };
    *code = fragment(code, &tree, &mut cx);
}

/// What the pass knows while it walks: the heap, the low zero bits of
/// locals, and the locals an enclosing loop tested aligned.
struct Cx {
    heap: Option<HeapLen>,
    known: Known,
    tested: Vec<u32>,
}

/// `code` (a balanced fragment, whose `tree` this is) with its loops
/// versioned.
fn fragment(code: &[Inst], tree: &ir::Tree, cx: &mut Cx) -> Code {
    let mut out = Code::with_capacity(code.len());
    let mut i = 0;
    while i < code.len() {
        let is_loop = matches!(code[i..], [Inst::Block(Ty::Empty), Inst::Loop(Ty::Empty), ..]);
        let end = if is_loop { loop_end(code, i) } else { None };
        let Some(end) = end else {
            out.push(code[i].clone());
            i += 1;
            continue;
        };
        let stmt = i..end + 1;
        match plan(code, tree, i, end, cx) {
            // Masks that known facts make needless: dropped in place.
            Some(v) if v.tests.is_empty() => {
                let mut fast = Code::new();
                guards::fast_copy(code, tree, &v.fast, &mut fast);
                out.extend(inner(&fast, cx));
            }
            Some(v) => {
                out.extend(v.tests);
                out.extend([Inst::Hint(true), Inst::If(Ty::Empty)]);
                let mut fast = Code::new();
                guards::fast_copy(code, tree, &v.fast, &mut fast);
                let facts = cx.known.facts.len();
                cx.known.facts.extend(v.aligned.iter().copied());
                let tested = cx.tested.len();
                cx.tested.extend(v.aligned.iter().map(|a| a.0));
                out.extend(inner(&fast, cx));
                cx.known.facts.truncate(facts);
                out.push(Inst::Op(Op::Else));
                let mut slow = Code::new();
                guards::copy(&code[stmt], &mut slow);
                out.extend(inner(&slow, cx));
                cx.tested.truncate(tested);
                out.push(Inst::Op(Op::End));
            }
            None => out.extend(inner(&code[stmt], cx)),
        }
        i = end + 1;
    }
    out
}

/// The loop statement `code` (`block`, `loop`, ..., `end`, `end`) with the
/// loops inside it versioned.
fn inner(code: &[Inst], cx: &mut Cx) -> Code {
    let n = code.len();
    let mut out = code[..2].to_vec();
    let body = &code[2..n - 2];
    if body.iter().any(|i| matches!(i, Inst::Loop(_))) {
        out.extend(fragment(body, &ir::tree(body), cx));
    } else {
        out.extend_from_slice(body);
    }
    out.extend_from_slice(&code[n - 2..]);
    out
}

/// Where the `block` at `at`, followed by a `loop`, ends, when the loop's
/// `end` comes right before its own: a loop statement as the lowering
/// writes it.
fn loop_end(code: &[Inst], at: usize) -> Option<usize> {
    let mut depth = 0u32;
    for (k, inst) in code.iter().enumerate().skip(at) {
        match inst {
            Inst::Block(_) | Inst::Loop(_) | Inst::If(_) => depth += 1,
            Inst::Op(Op::End) => {
                depth -= 1;
                if depth == 1 && !matches!(code.get(k + 1), Some(Inst::Op(Op::End))) {
                    return None;
                }
                if depth == 0 {
                    return Some(k);
                }
            }
            _ => {}
        }
    }
    None
}

/// A loop's versioning: its tests, what its fast copy drops, and the
/// locals it tests aligned (with their low zero bits).
struct Versioned {
    tests: Code,
    fast: Fast,
    aligned: Vec<(u32, u32)>,
}

/// A counter of a loop's test, and what it proves.
struct Counter {
    /// The local; `None` once disqualified.
    p: Option<u32>,
    /// The test's compare, `p OP end`: `<`, `<=`, `>` or `>=` (signed).
    op: Op,
    /// The bound: a local's read or a constant.
    end: Inst,
    /// Whether a step of `p` came before, in the loop's order.
    stepped: bool,
    cmax: u32,
    proven: Vec<Access>,
}

impl Counter {
    /// `p` counts up (`p < end`, `p <= end`), else down.
    fn growing(&self) -> bool {
        matches!(self.op, Op::I32LtS | Op::I32LeS)
    }
}

/// The versioning of the loop statement `code[start..=end]`, if it is worth it.
fn plan(code: &[Inst], tree: &ir::Tree, start: usize, end: usize, cx: &Cx) -> Option<Versioned> {
    // Its instructions, markers aside.
    let len =
        code[start..=end].iter().filter(|i| !matches!(i, Inst::Pos(_) | Inst::Hint(_))).count();
    if len > MAX_INSTS {
        return None;
    }
    let mut counters = match cx.heap {
        Some(_) => counters(code, tree, start, end),
        None => Vec::new(),
    };
    // The loop in order: steps, bound assignments and accesses. By open
    // frame: whether it is a loop (nested in this one).
    let mut open: Vec<bool> = Vec::new();
    for i in start + 2..end - 1 {
        match &code[i] {
            Inst::Loop(_) => open.push(true),
            Inst::Block(_) | Inst::If(_) => open.push(false),
            Inst::Op(Op::End) => {
                open.pop();
            }
            Inst::LocalSet(l) | Inst::LocalTee(l) => {
                for c in &mut counters {
                    if c.end == Inst::LocalGet(*l) {
                        c.p = None; // the bound moves: no proof from it
                    } else if c.p == Some(*l) {
                        let step = step(code, tree, i, *l).filter(|&k| (k > 0) == c.growing());
                        // A step in a nested loop could run any number of
                        // times and wrap `p` around.
                        if step.is_some() && !open.contains(&true) {
                            c.stepped = true;
                        } else {
                            c.p = None;
                        }
                    }
                }
            }
            _ => {
                let (Some(heap), Some(a)) = (cx.heap, guards::access(code, tree, i)) else {
                    continue;
                };
                let [Inst::LocalGet(base)] = code[a.base.0..a.base.1] else { continue };
                let Some(c) = counters.iter_mut().find(|c| !c.stepped && c.p == Some(base)) else {
                    continue;
                };
                if (0..i64::from(heap.min / 2)).contains(&a.offset) {
                    c.proven.push(a);
                    c.cmax = c.cmax.max(a.offset as u32);
                }
            }
        }
    }
    let mut tests = Code::new();
    let mut proven = Vec::new();
    if let Some(heap) = cx.heap {
        for c in counters.into_iter().filter(|c| c.p.is_some() && !c.proven.is_empty()) {
            if !bound_tests(&c, heap, &mut tests) {
                continue;
            }
            proven.extend(c.proven);
        }
    }
    let bounded = !proven.is_empty() && len <= INSTS_PER_ACCESS * proven.len();
    if !bounded {
        tests.clear();
        proven.clear();
    }
    let (aligned, unmasked) = alignment(code, tree, start, end, cx);
    let worth_alone = unmasked.len() >= MIN_HELPED && len <= INSTS_PER_HELPED * unmasked.len();
    if !bounded && !worth_alone {
        return None;
    }
    let parts = usize::from(!tests.is_empty());
    for (n, &(l, k)) in aligned.iter().enumerate() {
        tests.extend([
            Inst::LocalGet(l),
            Inst::I32Const((1 << k) - 1),
            Inst::Op(Op::I32And),
            Inst::Op(Op::I32Eqz),
        ]);
        if parts + n > 0 {
            tests.push(Inst::Op(Op::I32And));
        }
    }
    let fast = Fast { start, end: end + 1, guarded: !tests.is_empty(), proven, unmasked };
    Some(Versioned { tests, fast, aligned })
}

/// The step `l = l + k` (`k` returned) or `l = l - k` (`-k`) that the
/// assignment of `l` at `at` is, if it is one.
fn step(code: &[Inst], tree: &ir::Tree, at: usize, l: u32) -> Option<i32> {
    let [Inst::LocalGet(x), Inst::I32Const(k), Inst::Op(op)] = code.get(at.checked_sub(3)?..at)?
    else {
        return None;
    };
    let ok = *x == l && tree.start[at - 1] as usize == at - 3 && (1..=MAX_STEP).contains(k);
    match op {
        Op::I32Add if ok => Some(*k),
        Op::I32Sub if ok => Some(-*k),
        _ => None,
    }
}

/// The counters of the loop statement at `start` (ending at `end`): the
/// compares of its test at the loop's top (`test; i32.eqz; br_if 1`) or
/// bottom (`test; br_if 0`).
fn counters(code: &[Inst], tree: &ir::Tree, start: usize, end: usize) -> Vec<Counter> {
    let body = start + 2;
    let test = match code[end - 2] {
        // The loop's own `end` is `end - 1`: a bottom test before it.
        Inst::BrIf(0) => Some((tree.start[end - 3] as usize, end - 3)),
        _ => code[body..end - 1]
            .iter()
            .position(|i| !matches!(i, Inst::Pos(_)))
            .map(|k| body + k)
            .and_then(|first| {
                let exit = (first..end - 1).find(|&k| code[k] == Inst::BrIf(1))?;
                let eqz = exit.checked_sub(1).filter(|&e| code[e] == Inst::Op(Op::I32Eqz))?;
                (tree.start[eqz - 1] as usize == first).then_some((first, eqz - 1))
            }),
    };
    let Some((t0, root)) = test else { return Vec::new() };
    let compares: Vec<&[Inst]> = match &code[t0..=root] {
        [c1 @ .., Inst::Op(Op::I32And)] if c1.len() == 6 => vec![&c1[..3], &c1[3..]],
        c => vec![c],
    };
    let mut out = Vec::new();
    for c in compares {
        let [Inst::LocalGet(p), end, Inst::Op(op)] = c else { continue };
        let ok_end = matches!(end, Inst::I32Const(_)) || matches!(end, Inst::LocalGet(e) if e != p);
        if ok_end && matches!(op, Op::I32LtS | Op::I32LeS | Op::I32GtS | Op::I32GeS) {
            out.push(Counter {
                p: Some(*p),
                op: *op,
                end: end.clone(),
                stepped: false,
                cmax: 0,
                proven: Vec::new(),
            });
        }
    }
    out
}

/// Append a counter's tests (its bound, then its start: `p <u LEN - cmax`),
/// each and-ed with what `tests` holds; false when a constant bound proves
/// nothing (nothing appended).
fn bound_tests(c: &Counter, heap: HeapLen, tests: &mut Code) -> bool {
    let and = |tests: &mut Code, first: bool| {
        if !first {
            tests.push(Inst::Op(Op::I32And));
        }
    };
    // Every `p` seen before a step is in [0, LEN - 1 - cmax]: the bound's
    // test, `end <=s LEN - k` or `end >=s limit`.
    let (at_most, k_or_limit) = match (c.growing(), c.op) {
        (true, Op::I32LtS) => (true, i64::from(c.cmax)),
        (true, _) => (true, i64::from(c.cmax) + 1),
        (false, Op::I32GtS) => (false, -1),
        (false, _) => (false, 0),
    };
    let mut bound = true;
    if let Inst::I32Const(v) = c.end {
        // A constant bound is judged here: no test, or no proof (or, past
        // the least length of a heap not known yet, the test).
        if at_most {
            if i64::from(v) > i64::from(heap.min) - k_or_limit {
                if heap.fixed {
                    return false;
                }
            } else {
                bound = false;
            }
        } else if i64::from(v) < k_or_limit {
            return false;
        } else {
            bound = false;
        }
    }
    if bound {
        let first = tests.is_empty();
        tests.push(c.end.clone());
        if at_most {
            heap.minus(k_or_limit as u32, tests);
            tests.push(Inst::Op(Op::I32LeS));
        } else {
            tests.extend([Inst::I32Const(k_or_limit as i32), Inst::Op(Op::I32GeS)]);
        }
        and(tests, first);
    }
    let first = tests.is_empty();
    tests.push(Inst::LocalGet(c.p.unwrap()));
    heap.minus(c.cmax, tests);
    tests.push(Inst::Op(Op::I32LtU));
    and(tests, first);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::passes::normal;

    /// `before` with its loops versioned, in a function of 2 parameters;
    /// exact mode on a heap of 64 KiB, or trapping mode.
    fn versioned(before: &str, exact: bool) -> String {
        let mut code = crate::ir::parse(before);
        let heap = exact.then_some(HeapLen { min: 65536, fixed: true });
        run(&mut code, heap, 2);
        crate::ir::print(&code)
    }

    #[test]
    fn a_counted_loop_runs_unchecked_between_its_bounds() {
        // `while ((p|0) < (end|0)) { U8[p] = 0; p = (p + 1)|0; }`: `p` starts
        // in the heap and the bound is at most its length.
        let before = "block
                        loop
                          local.get 0
                          local.get 1
                          i32.lt_s
                          i32.eqz
                          br_if 1
                          local.get 0
                          i32.const 0
                          checked.store.U8
                          local.get 0
                          i32.const 1
                          i32.add
                          local.set 0
                          br 0
                        end
                      end";
        let after = "local.get 1
                     i32.const 65536
                     i32.le_s
                     local.get 0
                     i32.const 65536
                     i32.lt_u
                     i32.and
                     hint taken
                     if
                       block
                         loop
                           local.get 0
                           local.get 1
                           i32.lt_s
                           i32.eqz
                           br_if 1
                           local.get 0
                           i32.const 0
                           store.U8
                           local.get 0
                           i32.const 1
                           i32.add
                           local.set 0
                           br 0
                         end
                       end
                     else
                       block
                         loop
                           local.get 0
                           local.get 1
                           i32.lt_s
                           i32.eqz
                           br_if 1
                           local.get 0
                           i32.const 0
                           checked.store.U8
                           local.get 0
                           i32.const 1
                           i32.add
                           local.set 0
                           br 0
                         end
                       end
                     end";
        assert_eq!(versioned(before, true), normal(after));
    }

    #[test]
    fn aligned_pointers_lose_their_masks() {
        // `H32[p >> 2] = (H32[p >> 2] + 1)|0; p = (p + 4)|0;`, trapping: `p`
        // stays a multiple of 4 if it starts as one, which one test checks.
        let before = "block
                        loop
                          local.get 0
                          local.get 1
                          i32.lt_s
                          i32.eqz
                          br_if 1
                          local.get 0
                          i32.const -4
                          i32.and
                          local.get 0
                          i32.const -4
                          i32.and
                          load.I32
                          i32.const 1
                          i32.add
                          store.I32
                          local.get 0
                          i32.const 4
                          i32.add
                          local.set 0
                          br 0
                        end
                      end";
        let after = "local.get 0
                     i32.const 3
                     i32.and
                     i32.eqz
                     hint taken
                     if
                       block
                         loop
                           local.get 0
                           local.get 1
                           i32.lt_s
                           i32.eqz
                           br_if 1
                           local.get 0
                           local.get 0
                           load.I32
                           i32.const 1
                           i32.add
                           store.I32
                           local.get 0
                           i32.const 4
                           i32.add
                           local.set 0
                           br 0
                         end
                       end
                     else
                       block
                         loop
                           local.get 0
                           local.get 1
                           i32.lt_s
                           i32.eqz
                           br_if 1
                           local.get 0
                           i32.const -4
                           i32.and
                           local.get 0
                           i32.const -4
                           i32.and
                           load.I32
                           i32.const 1
                           i32.add
                           store.I32
                           local.get 0
                           i32.const 4
                           i32.add
                           local.set 0
                           br 0
                         end
                       end
                     end";
        assert_eq!(versioned(before, false), normal(after));
    }

    #[test]
    fn a_local_only_ever_aligned_needs_no_test() {
        // A local set to multiples of 8 only, wherever it is set: its masks go
        // without a test, and the loop is not copied.
        let before = "i32.const 64
                      local.set 2
                      block
                        loop
                          local.get 2
                          local.get 1
                          i32.lt_s
                          i32.eqz
                          br_if 1
                          local.get 2
                          i32.const -8
                          i32.and
                          local.get 2
                          i32.const -8
                          i32.and
                          load.F64
                          store.F64
                          local.get 2
                          i32.const 8
                          i32.add
                          local.set 2
                          br 0
                        end
                      end";
        let after = "i32.const 64
                     local.set 2
                     block
                       loop
                         local.get 2
                         local.get 1
                         i32.lt_s
                         i32.eqz
                         br_if 1
                         local.get 2
                         local.get 2
                         load.F64
                         store.F64
                         local.get 2
                         i32.const 8
                         i32.add
                         local.set 2
                         br 0
                       end
                     end";
        assert_eq!(versioned(before, false), normal(after));
    }

    #[test]
    fn a_nested_loop_is_not_tested_again() {
        // `for (; p < end; p += 4) { for (q = p; q < end; q += 4)
        // H32[q >> 2] = H32[p >> 2]; H32[p >> 2] = 0; }`, trapping: the
        // outer loop tests `p` and `q`; in its fast copy the inner loop's
        // masks go too, in the other the inner loop keeps them untested.
        let before = "block
                        loop
                          local.get 0
                          local.get 1
                          i32.lt_s
                          i32.eqz
                          br_if 1
                          local.get 0
                          local.set 2
                          block
                            loop
                              local.get 2
                              local.get 1
                              i32.lt_s
                              i32.eqz
                              br_if 1
                              local.get 2
                              i32.const -4
                              i32.and
                              local.get 0
                              i32.const -4
                              i32.and
                              load.I32
                              store.I32
                              local.get 2
                              i32.const 4
                              i32.add
                              local.set 2
                              br 0
                            end
                          end
                          local.get 0
                          i32.const -4
                          i32.and
                          i32.const 0
                          store.I32
                          local.get 0
                          i32.const 4
                          i32.add
                          local.set 0
                          br 0
                        end
                      end";
        let after = "local.get 2
                     i32.const 3
                     i32.and
                     i32.eqz
                     local.get 0
                     i32.const 3
                     i32.and
                     i32.eqz
                     i32.and
                     hint taken
                     if
                       block
                         loop
                           local.get 0
                           local.get 1
                           i32.lt_s
                           i32.eqz
                           br_if 1
                           local.get 0
                           local.set 2
                           block
                             loop
                               local.get 2
                               local.get 1
                               i32.lt_s
                               i32.eqz
                               br_if 1
                               local.get 2
                               local.get 0
                               load.I32
                               store.I32
                               local.get 2
                               i32.const 4
                               i32.add
                               local.set 2
                               br 0
                             end
                           end
                           local.get 0
                           i32.const 0
                           store.I32
                           local.get 0
                           i32.const 4
                           i32.add
                           local.set 0
                           br 0
                         end
                       end
                     else
                       block
                         loop
                           local.get 0
                           local.get 1
                           i32.lt_s
                           i32.eqz
                           br_if 1
                           local.get 0
                           local.set 2
                           block
                             loop
                               local.get 2
                               local.get 1
                               i32.lt_s
                               i32.eqz
                               br_if 1
                               local.get 2
                               i32.const -4
                               i32.and
                               local.get 0
                               i32.const -4
                               i32.and
                               load.I32
                               store.I32
                               local.get 2
                               i32.const 4
                               i32.add
                               local.set 2
                               br 0
                             end
                           end
                           local.get 0
                           i32.const -4
                           i32.and
                           i32.const 0
                           store.I32
                           local.get 0
                           i32.const 4
                           i32.add
                           local.set 0
                           br 0
                         end
                       end
                     end";
        assert_eq!(versioned(before, false), normal(after));
    }
}
