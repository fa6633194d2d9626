//! One asm.js function to one wasm function body.

mod align;
mod select;

use asm2wasm_base::Sym;
use asm2wasm_base::ast::{BinOp, Body, Case, ExprId, ExprKind, StmtId, StmtKind, UnOp};
use asm2wasm_base::stack::Nested;
use asm2wasm_check::{GlobalKind, Res, RetTy, StdFn, Ty, TypedFunction, VarTy, View, limits};
use wasm_encoder::{BlockType, BranchHint, Function, InstructionSink, MemArg, NameMap, ValType};

use crate::helpers::Helper;
use crate::{ConstGlobal, Ctx, HeapChecks, Uses, ffi_type, math_import, sig_type, val, var_val};

/// What an asm.js `break`/`continue` may target at one wasm control frame.
#[derive(Clone, Copy, Default)]
struct Frame {
    /// `break L` lands here.
    break_label: Option<Sym>,
    /// An unlabelled `break` lands here (the frame after a loop or switch).
    breakable: bool,
    /// `continue L` lands here.
    continue_label: Option<Sym>,
    /// An unlabelled `continue` lands here.
    continuable: bool,
}

struct Emitter<'c, 'a> {
    cx: &'c Ctx<'a>,
    /// The helpers and constant globals the code uses.
    uses: Uses,
    f: &'c TypedFunction,
    body: &'c Body,
    bytes: Vec<u8>,
    /// Scratch locals beyond the asm.js ones, and the free ones by type (one
    /// entry per value type used: a list is quicker than a map for so few).
    scratch: Vec<ValType>,
    free: Vec<(ValType, Vec<u32>)>,
    frames: Vec<Frame>,
    /// By statement: a loop some `continue` targets (see [`continued_loops`]).
    continued: Vec<bool>,
    /// Where the last int comparison or `i32.eqz` opcode was written, so
    /// that a loop test ending in one can be negated in place.
    last_test_op: usize,
    /// Recursion depth, for [`Nested`].
    depth: u32,
    /// The hinted `if`s (bounds checks and guards), at their offsets in `bytes`.
    hints: Vec<BranchHint>,
    /// (offset in `bytes`, source byte): where the code of each statement
    /// starts, for traps to name their asm.js line.
    positions: Vec<(u32, u32)>,
    /// Index expressions of heap accesses that an enclosing guard proved in
    /// bounds (see [`crate::guard`]): emitted without a check.
    proven: Vec<ExprId>,
    /// The wasm index of asm.js local 0: 0, or where the caller keeps the
    /// locals of a function emitted in its place ([`Emitter::inline_call`]).
    local_base: u32,
    /// The function being emitted, then the functions being emitted in
    /// its place, innermost last ([`crate::inline`]). Past the first,
    /// `return` leaves the block around the inlined body.
    inlining: Vec<&'c TypedFunction>,
    /// Whether calls may be emitted in place at all (see [`emit`]).
    inline: bool,
    /// How many loops enclose the code being emitted.
    loops: u32,
    /// Parameters kept aligned in locals ([`align`]).
    aligned: Vec<align::Aligned>,
    /// (local, k): asm.js locals whose low `k` bits are zero in the code
    /// being emitted, the fast copy of a loop whose guard tested them.
    known_aligned: Vec<(u32, u32)>,
    /// Locals an enclosing loop's guard tested aligned (in either copy):
    /// a nested loop does not test them again.
    align_tested: Vec<u32>,
    /// With an imported memory, the local holding the heap length, read
    /// from its global once at the function's start: the checks read the
    /// local, which Cranelift keeps in a register across calls and stores,
    /// where it would load a mutable global again.
    len_local: Option<u32>,
}

impl Nested for Emitter<'_, '_> {
    fn nesting(&mut self) -> &mut u32 {
        &mut self.depth
    }
}

/// The most expression nodes of a function whose body gets guards like a
/// loop body's.
const SMALL_FUNCTION: usize = 64;

/// One function's code and what comes with it.
pub(crate) struct Emitted {
    pub(crate) body: Function,
    pub(crate) local_names: NameMap,
    pub(crate) hints: Vec<BranchHint>,
    /// (offset from the function's start, its locals included; source
    /// byte) for the start of each statement's code, in code order.
    pub(crate) positions: Vec<(u32, u32)>,
    /// The helpers and constant globals the code uses.
    pub(crate) uses: Uses,
    /// Its wasm locals, parameters included.
    pub(crate) locals: usize,
}

impl Emitted {
    /// Within wasm's limits on a function's locals and body size.
    pub(crate) fn fits(&self) -> bool {
        self.locals <= limits::MAX_LOCALS && self.body.byte_len() <= limits::WASM_MAX_FUNCTION_SIZE
    }
}

/// Emit `f` against the helpers and constant globals of `cx.layout`. Bodies
/// emitted in place of calls add locals and bytes: a function that then
/// goes past wasm's limit on either ([`Emitted::fits`]) is emitted again
/// with every call a call, which [`crate::compile`] reports if it still
/// does not fit.
pub(crate) fn emit(cx: &Ctx<'_>, f: &TypedFunction) -> Emitted {
    let e = emit_with(cx, f, cx.opts.inline);
    if e.fits() || !cx.opts.inline { e } else { emit_with(cx, f, false) }
}

/// [`emit`], calls emitted in place where [`crate::inline`] says so if `inline`.
fn emit_with(cx: &Ctx<'_>, f: &TypedFunction, inline: bool) -> Emitted {
    let mut e = Emitter::new(cx, f, 0, vec![f], 0, 0);
    e.inline = inline;
    if cx.opts.import_memory
        && cx.opts.heap_checks == HeapChecks::Exact
        && reads_length_often(&f.ast.body)
    {
        let len = e.take(ValType::I32);
        let g = e.const_global(ConstGlobal::HeapLength);
        e.s().global_get(g).local_set(len);
        e.len_local = Some(len);
    }
    let nparams = f.sig.params.len();
    for (i, l) in f.locals.iter().enumerate().skip(nparams) {
        if l.init != 0.0 || l.init.is_sign_negative() {
            e.constant(var_val(l.ty), l.init);
            e.s().local_set(i as u32);
        }
    }
    e.function_body();
    e.s().end();

    let mut locals: Vec<(u32, ValType)> = Vec::new();
    for t in f.locals.iter().skip(nparams).map(|l| var_val(l.ty)).chain(e.scratch.iter().copied()) {
        match locals.last_mut() {
            Some((n, last)) if *last == t => *n += 1,
            _ => locals.push((1, t)),
        }
    }
    let mut func = Function::new(locals);
    // Hint offsets count from the function's start, its locals included.
    let start = func.byte_len() as u32;
    let hints = e
        .hints
        .iter()
        .map(|&h| BranchHint { branch_func_offset: start + h.branch_func_offset, ..h })
        .collect();
    func.raw(e.bytes.iter().copied());
    let mut names = NameMap::new();
    for (i, l) in f.locals.iter().enumerate() {
        names.append(i as u32, e.cx.name(l.name.sym));
    }
    let locals = f.locals.len() + e.scratch.len();
    let positions = e.positions.iter().map(|&(at, pos)| (start + at, pos)).collect();
    Emitted { body: func, local_names: names, hints, positions, uses: e.uses, locals }
}

/// Whether a function's checks should read the heap length from a local
/// (set once at its start) rather than from its global at each check: when
/// it has a loop with heap accesses, or several accesses. A small function
/// with one or two reads the global where it checks, without holding a
/// register for it all through (interp's handlers, called through a table,
/// ran 5% slower with the local).
fn reads_length_often(body: &Body) -> bool {
    let accesses = body.exprs.iter().filter(|x| matches!(x.kind, ExprKind::Index { .. })).count();
    let loops = body.stmts.iter().any(|s| {
        matches!(s.kind, StmtKind::While { .. } | StmtKind::DoWhile { .. } | StmtKind::For { .. })
    });
    accesses >= 4 || (loops && accesses > 0)
}

impl<'c, 'a> Emitter<'c, 'a> {
    /// An emitter of `f`'s code, its locals from wasm local `local_base` on,
    /// in place of the calls on the `inlining` stack (just `f` for `f`'s own
    /// body), `loops` loops and `depth` levels of nesting deep.
    fn new(
        cx: &'c Ctx<'a>,
        f: &'c TypedFunction,
        local_base: u32,
        inlining: Vec<&'c TypedFunction>,
        loops: u32,
        depth: u32,
    ) -> Self {
        Emitter {
            cx,
            uses: Uses::default(),
            f,
            body: &f.ast.body,
            bytes: Vec::new(),
            scratch: Vec::new(),
            free: Vec::new(),
            frames: Vec::new(),
            continued: continued_loops(&f.ast.body, &f.ast.stmts),
            last_test_op: usize::MAX,
            depth,
            hints: Vec::new(),
            positions: vec![(0, f.ast.span.lo)],
            proven: Vec::new(),
            local_base,
            inlining,
            inline: true,
            loops,
            aligned: Vec::new(),
            known_aligned: Vec::new(),
            align_tested: Vec::new(),
            len_local: None,
        }
    }

    /// The function's statements after its prologue, leaving its result on
    /// the stack (without the final `end`).
    fn function_body(&mut self) {
        let (f, body) = (self.f, self.body);
        let stmts = &f.ast.stmts[f.prologue..];
        self.align_params();
        // A small straight-line function is likely called from a loop
        // (`load32(p)`, four bytes off `p`): guards over its body as in a loop
        // body. A guard covering the last statement makes it an ordinary one.
        // Not in a body inlined outside any loop: it runs once, and the
        // guard would double its size at every call.
        let hot = self.inlining.len() == 1 || self.loops > 0;
        let guards = if hot && crate::guard::is_small(body, stmts, SMALL_FUNCTION) {
            self.plan_guards(stmts)
        } else {
            Vec::new()
        };
        let guarded_end = guards.last().map_or(0, |g| g.start + g.len);
        let (last, rest) = match stmts.split_last() {
            Some((&last, rest)) if guarded_end < stmts.len() => (Some(last), rest),
            _ => (None, stmts),
        };
        self.guarded_list(rest, guards);
        match last.map(|s| &body.stmt(s).kind) {
            // A final `return v` leaves `v` as the body's value.
            Some(StmtKind::Return(v)) => {
                if let Some(v) = v {
                    self.position(body.stmt(last.unwrap()).span.lo);
                    self.expr(*v);
                }
            }
            _ => {
                if let Some(s) = last {
                    self.stmt(s);
                }
                // Falling off the end returns `undefined`, which the caller's
                // coercion turns into 0 (`|0`) or NaN (`+`, `fround`).
                match f.sig.ret {
                    RetTy::Void => {}
                    RetTy::Signed => self.constant(ValType::I32, 0.0),
                    RetTy::Double => self.nan(ValType::F64),
                    RetTy::Float => self.nan(ValType::F32),
                }
            }
        }
    }
}

/// By statement id: whether some `continue` targets this loop. A `for` or
/// `do-while` needs a block around its body (the end of which `continue`
/// reaches, before the update or test) only then.
fn continued_loops(body: &Body, stmts: &[StmtId]) -> Vec<bool> {
    enum Work {
        Visit(StmtId, Option<Sym>),
        LeaveLoop,
    }
    let mut continued = vec![false; body.stmts.len()];
    let mut loops: Vec<(StmtId, Option<Sym>)> = Vec::new();
    let mut todo: Vec<Work> = stmts.iter().rev().map(|&s| Work::Visit(s, None)).collect();
    while let Some(w) = todo.pop() {
        let (s, label) = match w {
            Work::Visit(s, label) => (s, label),
            Work::LeaveLoop => {
                loops.pop();
                continue;
            }
        };
        match &body.stmt(s).kind {
            StmtKind::Block(ss) => todo.extend(ss.iter().map(|&s| Work::Visit(s, None))),
            StmtKind::If { cons, alt, .. } => {
                todo.push(Work::Visit(*cons, None));
                todo.extend(alt.map(|a| Work::Visit(a, None)));
            }
            StmtKind::While { body: b, .. }
            | StmtKind::DoWhile { body: b, .. }
            | StmtKind::For { body: b, .. } => {
                loops.push((s, label));
                todo.push(Work::LeaveLoop);
                todo.push(Work::Visit(*b, None));
            }
            // As the emitter does: a label names the loop it directly wraps.
            StmtKind::Labeled { label: l, body: b } => todo.push(Work::Visit(*b, Some(l.sym))),
            StmtKind::Switch { cases, .. } => {
                todo.extend(
                    cases.iter().flat_map(|c| c.body.iter()).map(|&s| Work::Visit(s, None)),
                );
            }
            StmtKind::Continue(l) => {
                let target = match l {
                    Some(l) => loops.iter().rev().find(|(_, label)| *label == Some(l.sym)),
                    None => loops.last(),
                };
                if let Some(&(t, _)) = target {
                    continued[t.0 as usize] = true;
                }
            }
            _ => {}
        }
    }
    continued
}

/// Where a heap access's address is.
enum Address {
    /// A constant index, at this byte.
    Constant(u32),
    /// On the stack; the access instruction adds `offset`. The low `align`
    /// bits of the address are still to clear (see [`Emitter::address`]).
    Pushed { offset: u32, align: u32 },
}

fn mem(align: u32, offset: u32) -> MemArg {
    MemArg { offset: offset.into(), align, memory_index: 0 }
}

impl Emitter<'_, '_> {
    fn s(&mut self) -> InstructionSink<'_> {
        InstructionSink::new(&mut self.bytes)
    }

    fn ty(&self, e: ExprId) -> Ty {
        self.f.info[e.0 as usize].ty.unwrap_or(Ty::Void)
    }

    fn res(&self, e: ExprId) -> Res {
        self.f.info[e.0 as usize].res
    }

    fn global_kind(&self, e: ExprId) -> Option<(u32, GlobalKind)> {
        match self.res(e) {
            Res::Global(g) => Some((g, self.cx.m.globals[g as usize].kind)),
            _ => None,
        }
    }

    fn constant(&mut self, t: ValType, v: f64) {
        match t {
            ValType::I32 => {
                self.s().i32_const(v as i64 as i32);
            }
            ValType::F32 => {
                self.s().f32_const((v as f32).into());
            }
            _ => {
                self.s().f64_const(v.into());
            }
        }
    }

    fn take(&mut self, t: ValType) -> u32 {
        if let Some(i) =
            self.free.iter_mut().find(|(u, _)| *u == t).and_then(|(_, free)| free.pop())
        {
            return i;
        }
        self.scratch.push(t);
        self.local_base + (self.f.locals.len() + self.scratch.len() - 1) as u32
    }

    fn give(&mut self, t: ValType, i: u32) {
        match self.free.iter_mut().find(|(u, _)| *u == t) {
            Some((_, free)) => free.push(i),
            None => self.free.push((t, vec![i])),
        }
    }

    // ---- statements -----------------------------------------------------

    fn push(&mut self, frame: Frame) {
        self.frames.push(frame);
    }

    fn pop_end(&mut self) {
        self.frames.pop();
        self.s().end();
    }

    fn block(&mut self, frame: Frame) {
        self.push(frame);
        self.s().block(BlockType::Empty);
    }

    fn stmt(&mut self, s: StmtId) {
        self.nested(|g| g.stmt_labelled(s, None));
    }

    fn stmt_labelled(&mut self, s: StmtId, label: Option<Sym>) {
        let body = self.body;
        self.position(body.stmt(s).span.lo);
        match &body.stmt(s).kind {
            StmtKind::Block(ss) => ss.iter().for_each(|&s| self.stmt(s)),
            StmtKind::Empty | StmtKind::Var(_) => {}
            StmtKind::Expr(e) => self.expr_drop(*e),
            StmtKind::If { test, cons, alt: None } if self.jump_depth(*cons).is_some() => {
                // `if (x) break;` is one conditional branch.
                self.expr(*test);
                let d = self.jump_depth(*cons).unwrap();
                self.s().br_if(d);
            }
            StmtKind::If { test, cons, alt } => {
                if alt.is_none()
                    && let Some(assignments) = self.select_assignments(*cons)
                {
                    return self.if_as_select(*test, &assignments);
                }
                self.expr(*test);
                self.push(Frame::default());
                self.s().if_(BlockType::Empty);
                self.stmt(*cons);
                if let Some(alt) = alt {
                    self.s().else_();
                    self.stmt(*alt);
                }
                self.pop_end();
            }
            StmtKind::Return(value) => {
                if let Some(v) = value {
                    self.expr(*v);
                }
                if self.inlining.len() > 1 {
                    // To the end of the block the caller put around the body.
                    let depth = self.frames.len() as u32;
                    self.s().br(depth);
                } else {
                    self.s().return_();
                }
            }
            StmtKind::While { .. } | StmtKind::DoWhile { .. } | StmtKind::For { .. } => {
                if let StmtKind::For { init: Some(i), .. } = &body.stmt(s).kind {
                    self.expr_drop(*i);
                }
                self.guarded_loop(s, label);
            }
            StmtKind::Break(_) | StmtKind::Continue(_) => {
                let d = self.jump_depth(s).unwrap();
                self.s().br(d);
            }
            StmtKind::Labeled { label: l, body: b } => match body.stmt(*b).kind {
                StmtKind::While { .. }
                | StmtKind::DoWhile { .. }
                | StmtKind::For { .. }
                | StmtKind::Switch { .. } => self.nested(|g| g.stmt_labelled(*b, Some(l.sym))),
                _ => {
                    self.block(Frame { break_label: Some(l.sym), ..Frame::default() });
                    self.stmt(*b);
                    self.pop_end();
                }
            },
            StmtKind::Switch { disc, cases } => self.switch(*disc, cases, label),
        }
    }

    /// A loop, behind a guard that proves its accesses off its induction
    /// variable in bounds when [`crate::guard::plan_loop`] finds one: then
    /// the loop is emitted twice, with and without those checks.
    fn guarded_loop(&mut self, s: StmtId, label: Option<Sym>) {
        let plan = match self.cx.opts.heap_checks {
            HeapChecks::Trap => None,
            HeapChecks::Exact => crate::guard::plan_loop(
                self.body,
                self.f,
                s,
                self.heap_len(),
                |obj| self.view_of(obj),
                |view, index| self.needs_check(view, index),
            ),
        };
        let plan = self.align_loop(s, plan);
        self.loops += 1;
        match plan {
            Some(proof) => self.guarded(proof, |e| e.loop_stmt(s, label)),
            None => self.loop_stmt(s, label),
        }
        self.loops -= 1;
    }

    /// `emit` twice behind the proof's tests: without the checks it proves
    /// needless, then as usual for when a test fails.
    fn guarded(&mut self, proof: crate::guard::Proof, emit: impl Fn(&mut Self)) {
        use crate::guard::Test;
        self.tests(&proof.tests);
        self.push(Frame::default());
        self.hinted_if(BlockType::Empty, true);
        let (outer, known, tested) =
            (self.proven.len(), self.known_aligned.len(), self.align_tested.len());
        self.proven.extend(proof.proven);
        for t in &proof.tests {
            if let Test::Aligned(l, k) = *t {
                self.known_aligned.push((l, k));
                self.align_tested.push(l);
            }
        }
        emit(self);
        self.proven.truncate(outer);
        self.known_aligned.truncate(known);
        self.s().else_();
        emit(self);
        self.align_tested.truncate(tested);
        self.pop_end();
    }

    /// Push whether all of a guard's tests hold.
    fn tests(&mut self, tests: &[crate::guard::Test]) {
        use crate::guard::Test;
        for (k, t) in tests.iter().enumerate() {
            match *t {
                Test::Below(e, add, k) => {
                    self.expr(e);
                    if add != 0 {
                        self.s().i32_const(add).i32_add();
                    }
                    self.heap_length_minus(k);
                    self.s().i32_lt_u();
                }
                Test::AtMost(e, k) => {
                    self.expr(e);
                    self.heap_length_minus(k);
                    self.s().i32_le_s();
                }
                Test::AtLeast(e, limit) => {
                    self.expr(e);
                    self.s().i32_const(limit).i32_ge_s();
                }
                Test::Aligned(l, k) => {
                    let l = self.local_base + l;
                    self.s().local_get(l).i32_const((1 << k) - 1).i32_and().i32_eqz();
                }
            }
            if k > 0 {
                self.s().i32_and();
            }
        }
    }

    /// What guards may assume of the heap length.
    fn heap_len(&self) -> crate::guard::HeapLen {
        let opts = &self.cx.opts;
        crate::guard::HeapLen { min: opts.known_heap(), fixed: !opts.import_memory }
    }

    /// Push `LEN - k`: a constant when the module defines its memory, else
    /// computed from the heap length's global (`k` is below any legal length).
    fn heap_length_minus(&mut self, k: u32) {
        if !self.cx.opts.import_memory {
            let limit = self.cx.opts.heap_size - k;
            self.s().i32_const(limit as i32);
            return;
        }
        self.heap_length();
        if k > 0 {
            self.s().i32_const(k as i32).i32_sub();
        }
    }

    /// The loop `s` (a `for` without its initialiser, already emitted).
    fn loop_stmt(&mut self, s: StmtId, label: Option<Sym>) {
        let body = self.body;
        match &body.stmt(s).kind {
            StmtKind::While { test, body: b } => {
                self.block(Frame { break_label: label, breakable: true, ..Frame::default() });
                self.push(Frame { continue_label: label, continuable: true, ..Frame::default() });
                self.s().loop_(BlockType::Empty);
                self.exit_unless(*test, 1);
                self.loop_body(*b);
                self.s().br(0);
                self.pop_end();
                self.pop_end();
            }
            StmtKind::DoWhile { body: b, test } => {
                self.block(Frame { break_label: label, breakable: true, ..Frame::default() });
                self.push(Frame::default());
                self.s().loop_(BlockType::Empty);
                self.continue_target(s, label, *b);
                self.expr(*test);
                self.s().br_if(0);
                self.pop_end();
                self.pop_end();
            }
            StmtKind::For { test, update, body: b, .. } => {
                self.block(Frame { break_label: label, breakable: true, ..Frame::default() });
                self.push(Frame::default());
                self.s().loop_(BlockType::Empty);
                if let Some(t) = test {
                    self.exit_unless(*t, 1);
                }
                self.continue_target(s, label, *b);
                if let Some(u) = update {
                    self.expr_drop(*u);
                }
                self.s().br(0);
                self.pop_end();
                self.pop_end();
            }
            _ => unreachable!("loop_stmt is given loops"),
        }
    }

    /// The body `b` of the `for` or `do-while` `s`, in a block that
    /// `continue` leaves if some `continue` targets `s`.
    fn continue_target(&mut self, s: StmtId, label: Option<Sym>, b: StmtId) {
        if self.continued[s.0 as usize] {
            self.block(Frame { continue_label: label, continuable: true, ..Frame::default() });
            self.loop_body(b);
            self.pop_end();
        } else {
            self.loop_body(b);
        }
    }

    /// A loop body: its statements with their guards.
    fn loop_body(&mut self, b: StmtId) {
        let body = self.body;
        let single = [b];
        let list: &[StmtId] = match &body.stmt(b).kind {
            StmtKind::Block(ss) => ss,
            _ => &single,
        };
        let guards = self.plan_guards(list);
        self.guarded_list(list, guards);
    }

    /// In exact mode, a guard for each run of straight-line statements of
    /// `list` in which two or more heap accesses share a base
    /// ([`crate::guard::plan`]).
    fn plan_guards(&self, list: &[StmtId]) -> Vec<crate::guard::Guard> {
        match self.cx.opts.heap_checks {
            HeapChecks::Trap => Vec::new(),
            HeapChecks::Exact => crate::guard::plan(
                self.body,
                self.f,
                list,
                self.heap_len(),
                |obj| self.view_of(obj),
                |view, index| self.needs_check(view, index),
            ),
        }
    }

    /// The statements of `list` in order, those `guards` cover behind them
    /// (the guards in order, each within `list`).
    fn guarded_list(&mut self, list: &[StmtId], guards: Vec<crate::guard::Guard>) {
        let mut next = 0;
        for guard in guards {
            list[next..guard.start].iter().for_each(|&s| self.stmt(s));
            next = guard.start + guard.len;
            let covered = &list[guard.start..next];
            self.guarded(guard.proof, |e| covered.iter().for_each(|&s| e.stmt(s)));
        }
        list[next..].iter().for_each(|&s| self.stmt(s));
    }

    /// `U8[B + c] | U8[B + c + 1] << 8 | U8[B + c + 2] << 16 | U8[B + c + 3] << 24`
    /// (a little-endian word read byte by byte, the `|`s left to right) as
    /// one `i32.load`, when a guard proved all four bytes in bounds: the
    /// same bits, one access instead of four. `lhs | rhs` is the outer `|`.
    fn combined_load(&mut self, lhs: ExprId, rhs: ExprId) -> bool {
        let Some(first) = self.combined_index(lhs, rhs) else { return false };
        let Address::Pushed { offset, .. } = self.address(View::U8, first) else { return false };
        self.s().i32_load(mem(0, offset));
        true
    }

    /// The index of the first byte when `lhs | rhs` is a word read byte by
    /// byte that [`Self::combined_load`] turns into one load.
    fn combined_index(&self, lhs: ExprId, rhs: ExprId) -> Option<ExprId> {
        use crate::guard::{MAX_BASE_DEPTH, literal, same, split, strip_or0};
        let body = self.body;
        // `e` (shifted left by `shift`, unless 0) is `U8[index]`: the index.
        let byte = |e: ExprId, shift: u32| {
            let e = match (shift, body.expr(e).kind) {
                (0, _) => e,
                (_, ExprKind::Binary { op: BinOp::Shl, lhs, rhs })
                    if literal(body, rhs) == Some(shift) =>
                {
                    lhs
                }
                _ => return None,
            };
            match body.expr(strip_or0(body, e)).kind {
                ExprKind::Index { obj, index } if self.view_of(obj) == Some(View::U8) => {
                    Some(index)
                }
                _ => None,
            }
        };
        let or = |e: ExprId| match body.expr(e).kind {
            ExprKind::Binary { op: BinOp::Or, lhs, rhs } => Some((lhs, rhs)),
            _ => None,
        };
        let (l2, r2) = or(lhs)?;
        let (l3, r3) = or(l2)?;
        let indices = [byte(l3, 0)?, byte(r3, 8)?, byte(r2, 16)?, byte(rhs, 24)?];
        if !indices.iter().all(|i| self.proven.contains(i)) {
            return None;
        }
        let res = |e: ExprId| self.f.info[e.0 as usize].res;
        let parts: Vec<_> = indices.iter().filter_map(|&i| split(body, View::U8, i)).collect();
        let (base, c0) = match parts.first() {
            Some(&p) if parts.len() == 4 => p,
            _ => return None,
        };
        let in_order = parts
            .iter()
            .enumerate()
            .all(|(k, &(b, c))| c == c0 + k as i64 && same(body, b, base, &res, MAX_BASE_DEPTH));
        in_order.then_some(indices[0])
    }

    /// `a ^ b ^ c ^ d`, four or more operands of one of `&`, `|`, `^` however
    /// parenthesised, as a balanced tree, `(a ^ b) ^ (c ^ d)`. The value is the
    /// same (these are associative on i32) and the operands are evaluated in
    /// the same order, so every side effect keeps its place; but the chain of
    /// dependent instructions after the operands is `log2 n` long instead of
    /// `n - 1`. Table-driven hashes and CRCs combine four table loads this
    /// way each round, on the loop's critical path. `lhs op rhs` is the
    /// outermost operation; false (nothing emitted) for fewer than four.
    fn balanced_chain(&mut self, op: BinOp, lhs: ExprId, rhs: ExprId) -> bool {
        if !matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
            return false;
        }
        let body = self.body;
        // An operand of the chain is anything but the same operator, or an
        // operation this emitter treats apart: `x | 0` and `x ^ 0` (which
        // emit `x`), and a word read byte by byte.
        let link = |e: ExprId| match body.expr(e).kind {
            ExprKind::Binary { op: o, lhs, rhs }
                if o == op
                    && (op == BinOp::And
                        || !matches!(body.expr(rhs).kind, ExprKind::Num(n) if n.value == 0.0))
                    && (op != BinOp::Or || self.combined_index(lhs, rhs).is_none()) =>
            {
                Some((lhs, rhs))
            }
            _ => None,
        };
        let mut operands = Vec::new();
        let mut todo = vec![rhs, lhs];
        while let Some(e) = todo.pop() {
            match link(e) {
                Some((l, r)) => todo.extend([r, l]),
                None => operands.push(e),
            }
        }
        if operands.len() < 4 {
            return false;
        }
        self.balanced(op, &operands);
        true
    }

    /// `operands` combined by `op` (`&`, `|` or `^`), halves first.
    fn balanced(&mut self, op: BinOp, operands: &[ExprId]) {
        if let [e] = operands {
            return self.expr(*e);
        }
        let (l, r) = operands.split_at(operands.len() / 2);
        self.balanced(op, l);
        self.balanced(op, r);
        let mut s = self.s();
        match op {
            BinOp::And => s.i32_and(),
            BinOp::Or => s.i32_or(),
            _ => s.i32_xor(),
        };
    }

    /// The view of a heap object, `None` for anything else.
    fn view_of(&self, obj: ExprId) -> Option<View> {
        match self.global_kind(obj) {
            Some((_, GlobalKind::View(v))) => Some(v),
            _ => None,
        }
    }

    /// Whether `H[index]` needs a run-time check in exact mode: a computed
    /// address (a literal index is checked at compile time) whose form does
    /// not bound it below the heap length, and no enclosing guard proved it.
    fn needs_check(&self, view: View, index: ExprId) -> bool {
        if let ExprKind::Num(n) = self.body.expr(index).kind {
            return !self.decided(view, n.value);
        }
        !self.proven.contains(&index) && !self.in_bounds_always(view, index)
    }

    /// `br depth` when the loop test `test` is false. A test that ends in an
    /// int comparison or `!` is negated in place (`i32.lt_s` becomes
    /// `i32.ge_s`, exact for ints) instead of adding `i32.eqz`.
    fn exit_unless(&mut self, test: ExprId, depth: u32) {
        // `while (1)`: a test that is a non-zero int literal never exits.
        if matches!(self.body.expr(test).kind, ExprKind::Num(n) if !n.has_dot && n.value != 0.0) {
            return;
        }
        self.expr(test);
        let at = self.bytes.len() - 1;
        if self.last_test_op == at {
            let negated = match self.bytes[at] {
                0x45 => None,       // i32.eqz: branch on the operand itself
                0x46 => Some(0x47), // eq / ne
                0x47 => Some(0x46),
                0x48 => Some(0x4E), // lt_s / ge_s
                0x4E => Some(0x48),
                0x49 => Some(0x4F), // lt_u / ge_u
                0x4F => Some(0x49),
                0x4A => Some(0x4C), // gt_s / le_s
                0x4C => Some(0x4A),
                0x4B => Some(0x4D), // gt_u / le_u
                0x4D => Some(0x4B),
                op => unreachable!("last_test_op marks an int test, not {op:#x}"),
            };
            match negated {
                Some(op) => self.bytes[at] = op,
                None => {
                    self.bytes.pop();
                }
            }
            self.last_test_op = usize::MAX;
        } else {
            self.s().i32_eqz();
        }
        self.s().br_if(depth);
    }

    /// For a `break` or `continue` (alone or alone in a block), the relative
    /// depth of the frame it jumps to, from here.
    fn jump_depth(&self, mut s: StmtId) -> Option<u32> {
        while let StmtKind::Block(ss) = &self.body.stmt(s).kind {
            match **ss {
                [only] => s = only,
                _ => return None,
            }
        }
        match &self.body.stmt(s).kind {
            StmtKind::Break(l) => {
                let sym = l.map(|l| l.sym);
                Some(self.depth(|f| match sym {
                    Some(s) => f.break_label == Some(s),
                    None => f.breakable,
                }))
            }
            StmtKind::Continue(l) => {
                let sym = l.map(|l| l.sym);
                Some(self.depth(|f| match sym {
                    Some(s) => f.continue_label == Some(s),
                    None => f.continuable,
                }))
            }
            _ => None,
        }
    }

    /// The relative depth of the innermost frame that `want` accepts (the checker guarantees one).
    fn depth(&self, want: impl Fn(&Frame) -> bool) -> u32 {
        let pos = self.frames.iter().rposition(want).expect("the checker resolved every jump");
        (self.frames.len() - 1 - pos) as u32
    }

    fn case_value(&self, e: ExprId) -> i32 {
        match self.body.expr(e).kind {
            ExprKind::Num(n) => n.value as i64 as i32,
            ExprKind::Unary { op: UnOp::Neg, arg } => match self.body.expr(arg).kind {
                ExprKind::Num(n) => (-n.value) as i64 as i32,
                _ => unreachable!("the checker accepts only literal cases"),
            },
            _ => unreachable!("the checker accepts only literal cases"),
        }
    }

    /// `switch`: one block per clause; dense cases dispatch with `br_table`,
    /// sparse ones with a chain of compares. Fall-through is the block layout.
    fn switch(&mut self, disc: ExprId, cases: &[Case], label: Option<Sym>) {
        let n = cases.len() as u32;
        self.expr(disc);
        let v = self.take(ValType::I32);
        self.s().local_set(v);
        self.block(Frame { break_label: label, breakable: true, ..Frame::default() });
        for _ in 0..n {
            self.block(Frame::default());
        }
        // Inside the innermost block, `br i` starts the body of clause i; `br n` leaves.
        let default = cases.iter().position(|c| c.test.is_none()).map_or(n, |d| d as u32);
        let values: Vec<(i32, u32)> = cases
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.test.map(|t| (self.case_value(t), i as u32)))
            .collect();
        let (lo, hi) = values.iter().fold((i64::MAX, i64::MIN), |(lo, hi), &(v, _)| {
            (lo.min(i64::from(v)), hi.max(i64::from(v)))
        });
        let range = if values.is_empty() { 0 } else { (hi - lo + 1) as u64 };
        if !values.is_empty() && range <= 1024 && range <= 4 * values.len() as u64 + 8 {
            let mut targets = vec![default; range as usize];
            // In reverse, so that the first of duplicate cases wins, as in JS.
            for &(val, i) in values.iter().rev() {
                targets[(i64::from(val) - lo) as usize] = i;
            }
            self.s().local_get(v).i32_const(lo as i32).i32_sub().br_table(targets, default);
        } else {
            for &(val, i) in &values {
                self.s().local_get(v).i32_const(val).i32_eq().br_if(i);
            }
            self.s().br(default);
        }
        self.give(ValType::I32, v);
        for c in cases {
            self.pop_end();
            c.body.iter().for_each(|&s| self.stmt(s));
        }
        self.pop_end();
    }

    // ---- expressions ----------------------------------------------------

    /// Evaluate `e` for its effects only.
    fn expr_drop(&mut self, e: ExprId) {
        match self.body.expr(e).kind {
            ExprKind::Assign { target, value } => self.assign(target, value, false),
            ExprKind::Comma(l) => {
                for &x in self.body.list(l) {
                    self.expr_drop(x);
                }
            }
            _ => {
                self.expr(e);
                if val(self.ty(e)).is_some() {
                    self.s().drop();
                }
            }
        }
    }

    fn expr(&mut self, e: ExprId) {
        self.nested(|g| g.expr_inner(e));
    }

    fn expr_inner(&mut self, e: ExprId) {
        let ty = self.ty(e);
        match self.body.expr(e).kind {
            ExprKind::Num(n) => self.constant(val(ty).unwrap(), n.value),
            ExprKind::Name(_) => match self.res(e) {
                Res::Local(i) => {
                    let l = self.local_base + i;
                    self.s().local_get(l);
                }
                Res::Global(g) => match self.cx.m.globals[g as usize].kind {
                    GlobalKind::Const(c) => self.constant(ValType::F64, c),
                    GlobalKind::Var { ty, .. } if self.cx.global_const[g as usize].is_some() => {
                        self.constant(var_val(ty), self.cx.global_const[g as usize].unwrap());
                    }
                    _ => {
                        let gi = self.cx.global_index[g as usize].unwrap();
                        self.s().global_get(gi);
                    }
                },
                Res::None => unreachable!("the checker resolved every name"),
            },
            ExprKind::Unary { op, arg } => self.unary(op, arg, ty),
            ExprKind::Binary { op, lhs, rhs } => self.binary(op, lhs, rhs, ty),
            ExprKind::Assign { target, value } => self.assign(target, value, true),
            ExprKind::Index { obj, index } => self.load(obj, index),
            ExprKind::Call { callee, args } => self.call(e, callee, args),
            ExprKind::Cond { test, cons, alt } => self.cond(test, cons, alt, val(ty).unwrap()),
            ExprKind::Comma(l) => {
                let items = self.body.list(l);
                let (last, rest) = items.split_last().unwrap();
                for &x in rest {
                    self.expr_drop(x);
                }
                self.expr(*last);
            }
            ExprKind::Member { .. }
            | ExprKind::New { .. }
            | ExprKind::Array(_)
            | ExprKind::Object(_)
            | ExprKind::Key(_) => {
                unreachable!("the checker refuses these in function bodies")
            }
        }
    }

    fn unary(&mut self, op: UnOp, arg: ExprId, ty: Ty) {
        let at = self.ty(arg);
        match op {
            UnOp::Neg => {
                if let ExprKind::Num(n) = self.body.expr(arg).kind {
                    return self.constant(val(ty).unwrap(), -n.value);
                }
                match val(ty).unwrap() {
                    ValType::I32 => {
                        self.s().i32_const(0);
                        self.expr(arg);
                        self.s().i32_sub();
                    }
                    ValType::F64 => {
                        self.expr(arg);
                        self.s().f64_neg();
                    }
                    _ => {
                        self.expr(arg);
                        self.s().f32_neg();
                    }
                }
            }
            UnOp::Plus => {
                self.expr(arg);
                self.widen_to_double(at);
            }
            UnOp::Not => {
                self.expr(arg);
                self.s().i32_eqz();
                self.last_test_op = self.bytes.len() - 1;
            }
            UnOp::BitNot => {
                self.expr(arg);
                self.s().i32_const(-1).i32_xor();
            }
            UnOp::ToInt => {
                // JS ToInt32 of a double or float, exact for every value.
                let t = self.ty(arg);
                self.expr(arg);
                if t.is(Ty::Floatish) {
                    self.s().f64_promote_f32();
                }
                self.call_helper(Helper::ToInt32);
            }
        }
    }

    /// Convert a value of type `t` on the stack to f64, as JS `+` does.
    fn widen_to_double(&mut self, t: Ty) {
        if t.is(Ty::Signed) {
            self.s().f64_convert_i32_s();
        } else if t.is(Ty::Unsigned) {
            self.s().f64_convert_i32_u();
        } else if t.is(Ty::Floatish) {
            self.s().f64_promote_f32();
        }
    }

    fn binary(&mut self, op: BinOp, lhs: ExprId, rhs: ExprId, ty: Ty) {
        if op == BinOp::Or && self.combined_load(lhs, rhs) {
            return;
        }
        if op == BinOp::Shl && self.shifted_mask(lhs, rhs) {
            return;
        }
        // `x|0`, `x>>>0`, `x>>0`, `x<<0`, `x^0` only retype an i32: emit `x`.
        if matches!(op, BinOp::Or | BinOp::Xor | BinOp::Shl | BinOp::Shr | BinOp::ShrU)
            && matches!(self.body.expr(rhs).kind, ExprKind::Num(n) if n.value == 0.0)
        {
            return self.expr(lhs);
        }
        if self.balanced_chain(op, lhs, rhs) {
            return;
        }
        let (a, b) = (self.ty(lhs), self.ty(rhs));
        let both = |t: Ty| a.is(t) && b.is(t);
        let signed = both(Ty::Signed);
        let unsigned = !signed && both(Ty::Unsigned);
        self.expr(lhs);
        self.expr(rhs);
        let vt = val(ty);
        use BinOp::*;
        match op {
            Add | Sub | Mul => {
                let mut s = self.s();
                match (op, vt.unwrap()) {
                    (Add, ValType::I32) => s.i32_add(),
                    (Sub, ValType::I32) => s.i32_sub(),
                    (Mul, ValType::I32) => s.i32_mul(),
                    (Add, ValType::F64) => s.f64_add(),
                    (Sub, ValType::F64) => s.f64_sub(),
                    (Mul, ValType::F64) => s.f64_mul(),
                    (Add, _) => s.f32_add(),
                    (Sub, _) => s.f32_sub(),
                    (_, _) => s.f32_mul(),
                };
            }
            Div | Rem => match Helper::for_division(self.body, op, a, b, rhs) {
                Some(h) => self.call_helper(h),
                None => {
                    let mut s = self.s();
                    match (op, signed, unsigned) {
                        (Div, true, _) => s.i32_div_s(),
                        (Div, _, true) => s.i32_div_u(),
                        (Rem, true, _) => s.i32_rem_s(),
                        (Rem, _, true) => s.i32_rem_u(),
                        _ if ty == Ty::Double => s.f64_div(),
                        _ => s.f32_div(),
                    };
                }
            },
            Or => void(self.s().i32_or()),
            And => void(self.s().i32_and()),
            Xor => void(self.s().i32_xor()),
            Shl => void(self.s().i32_shl()),
            Shr => void(self.s().i32_shr_s()),
            ShrU => void(self.s().i32_shr_u()),
            Lt | Le | Gt | Ge | Eq | Ne => {
                let kind = if signed {
                    0
                } else if unsigned {
                    1
                } else if both(Ty::Double) {
                    2
                } else {
                    3
                };
                let mut s = self.s();
                match (op, kind) {
                    (Eq, 0 | 1) => s.i32_eq(),
                    (Ne, 0 | 1) => s.i32_ne(),
                    (Lt, 0) => s.i32_lt_s(),
                    (Le, 0) => s.i32_le_s(),
                    (Gt, 0) => s.i32_gt_s(),
                    (Ge, 0) => s.i32_ge_s(),
                    (Lt, 1) => s.i32_lt_u(),
                    (Le, 1) => s.i32_le_u(),
                    (Gt, 1) => s.i32_gt_u(),
                    (Ge, 1) => s.i32_ge_u(),
                    (Eq, 2) => s.f64_eq(),
                    (Ne, 2) => s.f64_ne(),
                    (Lt, 2) => s.f64_lt(),
                    (Le, 2) => s.f64_le(),
                    (Gt, 2) => s.f64_gt(),
                    (Ge, 2) => s.f64_ge(),
                    (Eq, _) => s.f32_eq(),
                    (Ne, _) => s.f32_ne(),
                    (Lt, _) => s.f32_lt(),
                    (Le, _) => s.f32_le(),
                    (Gt, _) => s.f32_gt(),
                    (_, _) => s.f32_ge(),
                };
                if kind < 2 {
                    self.last_test_op = self.bytes.len() - 1;
                }
            }
        }
    }

    fn assign(&mut self, target: ExprId, value: ExprId, want: bool) {
        match self.body.expr(target).kind {
            ExprKind::Index { obj, index } => return self.store(obj, index, value, want),
            _ => self.expr(value),
        }
        match self.res(target) {
            Res::Local(i) => {
                let l = self.local_base + i;
                if want {
                    self.s().local_tee(l);
                } else {
                    self.s().local_set(l);
                }
            }
            Res::Global(g) => {
                let gi = self.cx.global_index[g as usize].unwrap();
                self.s().global_set(gi);
                if want {
                    self.s().global_get(gi);
                }
            }
            Res::None => unreachable!("the checker resolved every target"),
        }
    }

    fn view(&self, obj: ExprId) -> View {
        self.view_of(obj).expect("the checker resolved every view")
    }

    /// Push the byte address of `H[index]` (less an offset for the access
    /// instruction), or give the byte of a constant index. The alignment
    /// mask of a computed address may be left to the caller, to apply after
    /// a bounds check: `a <u LEN` and `(a & -size) <u LEN` agree, the heap
    /// length being a multiple of every element size, and the compare then
    /// does not wait for the mask.
    fn address(&mut self, view: View, index: ExprId) -> Address {
        let k = view.shift();
        if let ExprKind::Num(n) = self.body.expr(index).kind {
            if !self.decided(view, n.value) {
                // Checked at run time, against a heap length not known yet.
                self.s().i32_const(((n.value as u32) << k) as i32);
                return Address::Pushed { offset: 0, align: 0 };
            }
            return Address::Constant((n.value as u32) << k);
        }
        // A guard proved `B + c` in bounds, so it does not wrap: `B` goes on
        // the stack and `c` into the instruction's offset, when `c` is a
        // multiple of the size (then `(B + c) & -size` is `(B & -size) + c`).
        if self.proven.contains(&index)
            && let Some((base, c)) = crate::guard::split(self.body, view, index)
            && c > 0
            && c % (1 << k) == 0
        {
            self.aligned(base, k);
            return Address::Pushed { offset: c as u32, align: 0 };
        }
        let e = match self.body.expr(index).kind {
            ExprKind::Binary { op: BinOp::Shr, lhs, .. } if k > 0 => lhs,
            _ => index,
        };
        // `C + x` (or `x + C`) whose form keeps it below the heap length
        // cannot wrap: `x` goes on the stack and `C` into the offset, when
        // `C` is a multiple of the size (so that masking `x` is enough).
        if let ExprKind::Binary { op: BinOp::Add, lhs, rhs } = self.body.expr(e).kind
            && self.in_bounds_always(view, index)
        {
            let split = match (self.int_constant(lhs), self.int_constant(rhs)) {
                (Some(c), None) => Some((rhs, c)),
                (None, Some(c)) => Some((lhs, c)),
                _ => None,
            };
            if let Some((x, c)) = split
                && c > 0
                && c % (1 << k) == 0
            {
                self.aligned(x, k);
                return Address::Pushed { offset: c as u32, align: 0 };
            }
        }
        // Element `e >> k` is byte `(e >> k) << k`, i.e. `e & -size`.
        if e == index {
            self.expr(e);
            return Address::Pushed { offset: 0, align: 0 };
        }
        let align = if self.aligned_but_mask(e, k) { k } else { 0 };
        Address::Pushed { offset: 0, align }
    }

    /// The load instruction, at `offset` bytes past the address on the stack.
    fn load_op(&mut self, view: View, offset: u32) {
        let mut s = self.s();
        match view {
            View::I8 => s.i32_load8_s(mem(0, offset)),
            View::U8 => s.i32_load8_u(mem(0, offset)),
            View::I16 => s.i32_load16_s(mem(1, offset)),
            View::U16 => s.i32_load16_u(mem(1, offset)),
            View::I32 | View::U32 => s.i32_load(mem(2, offset)),
            View::F32 => s.f32_load(mem(2, offset)),
            View::F64 => s.f64_load(mem(3, offset)),
        };
    }

    /// What an out-of-bounds load gives: `undefined`, coerced.
    fn oob_value(&mut self, view: View) {
        match view {
            View::F32 => self.nan(ValType::F32),
            View::F64 => self.nan(ValType::F64),
            _ => self.constant(ValType::I32, 0.0),
        }
    }

    /// Call helper `h` on the operands on the stack. Its code is not put in
    /// place of the call, even in loops: `ToInt32` is 50 bytes where a call
    /// is 2, and the generated bench module grew from 0.444 to 0.478 bytes
    /// per input byte for 2% on float32 (measured).
    fn call_helper(&mut self, h: Helper) {
        self.uses.add_helper(h);
        let idx = self.cx.helper(h);
        self.s().call(idx);
    }

    /// The index of the global holding `c`, which the code now uses.
    fn const_global(&mut self, c: ConstGlobal) -> u32 {
        self.uses.add_const(c);
        self.cx.const_global(c)
    }

    /// NaN on a cold path (out of bounds, falling off the end): read from
    /// an immutable global, shorter than the constant.
    fn nan(&mut self, t: ValType) {
        let g = self.const_global(if t == ValType::F32 {
            ConstGlobal::NanF32
        } else {
            ConstGlobal::NanF64
        });
        self.s().global_get(g);
    }

    /// Whether the element at byte `byte` is in the heap, as far as the
    /// translation knows: for an imported memory, in its least length.
    fn in_bounds(&self, view: View, byte: u32) -> bool {
        u64::from(byte) + (1u64 << view.shift()) <= u64::from(self.cx.opts.known_heap())
    }

    /// Whether the access `H[index]` with literal `index` is known in
    /// bounds or out at translation: always for a memory the module
    /// defines; for an imported one, when in its least length or past the
    /// greatest ([`crate::MAX_HEAP`]).
    fn decided(&self, view: View, index: f64) -> bool {
        let byte = (index as u32) << view.shift();
        !self.cx.opts.import_memory
            || self.in_bounds(view, byte)
            || u64::from(byte) + (1u64 << view.shift()) > u64::from(crate::MAX_HEAP)
    }

    /// Whether the byte address of `H[index]` is below the heap length
    /// whatever the operands are: then exact mode needs no check.
    fn in_bounds_always(&self, view: View, index: ExprId) -> bool {
        let e = match self.body.expr(index).kind {
            ExprKind::Binary { op: BinOp::Shr, lhs, .. } if view.shift() > 0 => lhs,
            _ => index,
        };
        // `lhs & -size` is at most `lhs` read as unsigned, and an aligned
        // address below the length leaves room for the whole element.
        self.unsigned_bound(e, 8).is_some_and(|b| b < u64::from(self.cx.opts.known_heap()))
    }

    /// `((x >>> a) & m) << b` (or `>>`) with constant `a`, `m`, `b`, and
    /// `0 < b <= a`, as one shift and one mask: `(x >>> (a - b)) & (m << b)`.
    /// Emscripten indexes its tables so (`HEAP32[T + ((c >>> 8 & 255) << 2) >> 2]`),
    /// and Cranelift folds neither shift into the address. The same bits: a
    /// left shift distributes over `&`, and `(x >>> a) << b` is
    /// `x >>> (a - b)` with its low `b` bits cleared (`>>` too), which
    /// `m << b` clears. `lhs << rhs` is the outer shift.
    fn shifted_mask(&mut self, lhs: ExprId, rhs: ExprId) -> bool {
        let Some(b) = self.int_constant(rhs).map(|b| b as u32 & 31) else { return false };
        let ExprKind::Binary { op: BinOp::And, lhs: p, rhs: q } = self.body.expr(lhs).kind else {
            return false;
        };
        let (shifted, m) = match (self.int_constant(p), self.int_constant(q)) {
            (_, Some(m)) => (p, m as u32),
            (Some(m), _) => (q, m as u32),
            _ => return false,
        };
        let ExprKind::Binary { op: shift @ (BinOp::ShrU | BinOp::Shr), lhs: x, rhs: a } =
            self.body.expr(shifted).kind
        else {
            return false;
        };
        let Some(a) = self.int_constant(a).map(|a| a as u32 & 31) else { return false };
        if b == 0 || b > a {
            return false;
        }
        self.expr(x);
        if a > b {
            let mut s = self.s();
            s.i32_const((a - b) as i32);
            if shift == BinOp::ShrU {
                s.i32_shr_u()
            } else {
                s.i32_shr_s()
            };
        }
        self.s().i32_const((m << b) as i32).i32_and();
        true
    }

    /// The value of `e`, read as unsigned, when it is an int literal or a
    /// constant global.
    fn int_constant(&self, e: ExprId) -> Option<u64> {
        match self.body.expr(e).kind {
            ExprKind::Num(n) if !n.has_dot && n.value >= 0.0 && n.value <= f64::from(u32::MAX) => {
                Some(n.value as u64)
            }
            ExprKind::Name(_) => match self.res(e) {
                Res::Global(g) => match self.cx.m.globals[g as usize].kind {
                    GlobalKind::Var { ty: VarTy::Int, .. } => {
                        self.cx.global_const[g as usize].map(|v| u64::from(v as i64 as u32))
                    }
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// An upper bound of the int expression `e` read as unsigned, from the
    /// forms that give one for free: literals, constant globals, `x & C`,
    /// `x >>> C`, and `x << C`, `x + y`, `x | 0` of bounded operands when the
    /// bound does not wrap. `depth` caps the recursion.
    fn unsigned_bound(&self, e: ExprId, depth: u32) -> Option<u64> {
        const U32_MAX: u64 = u32::MAX as u64;
        let depth = depth.checked_sub(1)?;
        let literal = |x: ExprId| self.int_constant(x);
        if let Some(v) = literal(e) {
            return Some(v);
        }
        let ExprKind::Binary { op, lhs, rhs } = self.body.expr(e).kind else { return None };
        let bound = |x: ExprId| self.unsigned_bound(x, depth);
        let fits = |v: u64| (v <= U32_MAX).then_some(v);
        match op {
            BinOp::And => match (bound(lhs), bound(rhs)) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            },
            BinOp::ShrU => {
                let s = literal(rhs)? & 31;
                Some(bound(lhs).unwrap_or(U32_MAX) >> s)
            }
            BinOp::Shl => fits(bound(lhs)? << (literal(rhs)? & 31)),
            BinOp::Add => fits(bound(lhs)? + bound(rhs)?),
            BinOp::Or if literal(rhs) == Some(0) => bound(lhs),
            _ => None,
        }
    }

    /// How many low bits of the int expression `e` are known to be zero,
    /// from its form: literals, constant globals, `x << C`, and `+ - & | ^`
    /// of such operands, and the locals an enclosing guard tested aligned.
    /// `depth` caps the recursion.
    fn low_zeros(&self, e: ExprId, depth: u32) -> u32 {
        self.low_zeros_by(e, depth, &|l| self.known_zeros(l))
    }

    /// The low zero bits of local `l` that an enclosing guard tested.
    fn known_zeros(&self, l: u32) -> u32 {
        self.known_aligned.iter().filter(|a| a.0 == l).map(|a| a.1).max().unwrap_or(0)
    }

    /// [`Self::low_zeros`], with the low zero bits of local `l` given by
    /// `local(l)`.
    fn low_zeros_by(&self, e: ExprId, depth: u32, local: &impl Fn(u32) -> u32) -> u32 {
        let Some(depth) = depth.checked_sub(1) else { return 0 };
        match self.body.expr(e).kind {
            ExprKind::Num(n) if !n.has_dot => (n.value as i64 as u32).trailing_zeros(),
            ExprKind::Name(_) => match self.res(e) {
                Res::Global(g) => self.cx.global_const[g as usize]
                    .map_or(0, |v| (v as i64 as u32).trailing_zeros()),
                Res::Local(l) => local(l),
                Res::None => 0,
            },
            ExprKind::Unary { op: UnOp::Neg, arg } => self.low_zeros_by(arg, depth, local),
            ExprKind::Binary { op, lhs, rhs } => {
                let z = |x: ExprId| self.low_zeros_by(x, depth, local);
                match op {
                    BinOp::Shl => match self.body.expr(rhs).kind {
                        ExprKind::Num(n) if !n.has_dot => {
                            (z(lhs) + (n.value as i64 as u32 & 31)).min(32)
                        }
                        _ => 0,
                    },
                    BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::Xor => z(lhs).min(z(rhs)),
                    BinOp::And => z(lhs).max(z(rhs)),
                    _ => 0,
                }
            }
            _ => 0,
        }
    }

    fn load(&mut self, obj: ExprId, index: ExprId) {
        let view = self.view(obj);
        let start = self.bytes.len();
        let (offset, align) = match self.address(view, index) {
            Address::Pushed { offset, align } => (offset, align),
            Address::Constant(byte) => {
                if self.in_bounds(view, byte) {
                    self.s().i32_const(byte as i32);
                    self.load_op(view, 0);
                } else {
                    self.oob_value(view);
                }
                return;
            }
        };
        if self.cx.opts.heap_checks == HeapChecks::Trap || !self.needs_check(view, index) {
            self.clear_low(align);
            return self.load_op(view, offset);
        }
        // In bounds, the load; else what JS gives (0, or NaN for float
        // views). The branch is one compare, hinted, and leaves the load's
        // address free of it.
        let (a, scratch) = self.address_local(start);
        let result = match view {
            View::F32 => ValType::F32,
            View::F64 => ValType::F64,
            _ => ValType::I32,
        };
        self.in_bounds_test();
        self.hinted_if(BlockType::Result(result), true);
        self.s().local_get(a);
        if scratch {
            self.give(ValType::I32, a);
        }
        self.clear_low(align);
        self.load_op(view, 0);
        self.s().else_();
        self.oob_value(view);
        self.s().end();
    }

    /// A local holding the address on the stack, which the code from
    /// `start` on pushed, for a check and the access right after it: the
    /// local the code read when it is one `local.get`, else a scratch
    /// local, set, and true (to give back after the access).
    fn address_local(&mut self, start: usize) -> (u32, bool) {
        let pushed = &self.bytes[start..];
        if pushed.first() == Some(&0x20) {
            let (mut x, mut shift, mut end) = (0u32, 0, None);
            for (i, &b) in pushed[1..].iter().enumerate().take(5) {
                x |= u32::from(b & 0x7f) << shift;
                shift += 7;
                if b & 0x80 == 0 {
                    end = Some(i + 2);
                    break;
                }
            }
            if end == Some(pushed.len()) {
                return (x, false);
            }
        }
        let a = self.take(ValType::I32);
        self.s().local_tee(a);
        (a, true)
    }

    /// Whether the byte address on the stack is in the heap: `a <u LEN`,
    /// the length read from an immutable global (2 bytes, where the
    /// constant takes up to 5; wasmtime runs it as fast). A compare and
    /// its branch fuse into one instruction on x86-64; a shift test
    /// (`a >>> 24`, as short) measured 4-8% slower on interp and sort.
    fn in_bounds_test(&mut self) {
        self.heap_length();
        self.s().i32_lt_u();
    }

    /// Push the heap length: from its local where the function has one,
    /// else from its global.
    fn heap_length(&mut self) {
        match self.len_local {
            Some(l) => {
                self.s().local_get(l);
            }
            None => {
                let len = self.const_global(ConstGlobal::HeapLength);
                self.s().global_get(len);
            }
        }
    }

    /// An `if` whose arm runs when the address on the stack is in the heap.
    fn if_in_bounds(&mut self) {
        self.in_bounds_test();
        self.hinted_if(BlockType::Empty, true);
    }

    /// `H[index] = value`. JS evaluates the index, then the value, then
    /// stores (nothing out of bounds); the expression's value is the value.
    fn store(&mut self, obj: ExprId, index: ExprId, value: ExprId, want: bool) {
        let view = self.view(obj);
        let value_vt = val(self.ty(value)).unwrap();
        let checked =
            self.cx.opts.heap_checks == HeapChecks::Exact && self.needs_check(view, index);
        let start = self.bytes.len();
        let (in_heap, offset) = match self.address(view, index) {
            Address::Constant(byte) if self.in_bounds(view, byte) => {
                self.s().i32_const(byte as i32);
                (true, 0)
            }
            Address::Constant(_) => (false, 0),
            Address::Pushed { align, .. } if checked => {
                return self.checked_store(view, value, value_vt, want, align, start);
            }
            Address::Pushed { offset, align } => {
                self.clear_low(align);
                (true, offset)
            }
        };
        // The address is on the stack when `in_heap`.
        self.expr(value);
        let v = want.then(|| self.take(value_vt));
        if let Some(v) = v {
            self.s().local_tee(v);
        }
        if in_heap {
            self.store_op(view, value_vt, offset);
        } else if v.is_none() {
            self.s().drop();
        }
        if let Some(v) = v {
            if in_heap {
                self.s().local_get(v);
            }
            self.give(value_vt, v);
            self.store_result(view, value_vt);
        }
    }

    /// A store whose address (on the stack) is tested against the heap length.
    fn checked_store(
        &mut self,
        view: View,
        value: ExprId,
        value_vt: ValType,
        want: bool,
        align: u32,
        start: usize,
    ) {
        if !want && self.is_pure(value) {
            // Skipping the value out of bounds changes nothing observable.
            let (a, scratch) = self.address_local(start);
            self.if_in_bounds();
            self.s().local_get(a);
            if scratch {
                self.give(ValType::I32, a);
            }
            self.clear_low(align);
            self.push(Frame::default());
            self.expr(value);
            self.store_op(view, value_vt, 0);
            self.pop_end();
            return;
        }
        // The value may assign the address's local: the address is kept.
        let a = self.take(ValType::I32);
        self.s().local_set(a);
        self.expr(value);
        let v = self.take(value_vt);
        self.s().local_set(v).local_get(a);
        self.if_in_bounds();
        self.s().local_get(a);
        self.clear_low(align);
        self.s().local_get(v);
        self.store_op(view, value_vt, 0);
        self.s().end();
        self.give(ValType::I32, a);
        if want {
            self.s().local_get(v);
            self.store_result(view, value_vt);
        }
        self.give(value_vt, v);
    }

    /// Code from here on comes from source byte `pos` (a statement's start).
    fn position(&mut self, pos: u32) {
        let at = self.bytes.len() as u32;
        match self.positions.last_mut() {
            Some(last) if last.0 == at => last.1 = pos,
            _ => self.positions.push((at, pos)),
        }
    }

    /// A bounds check's `if`, hinted: `taken` when its then arm is the
    /// in-bounds one, so that the out-of-bounds arm is laid out of line.
    fn hinted_if(&mut self, ty: BlockType, taken: bool) {
        self.hints.push(BranchHint {
            branch_func_offset: self.bytes.len() as u32,
            branch_hint_value: taken.into(),
        });
        self.s().if_(ty);
    }

    /// The store instruction, after converting the value to the view's
    /// type, at `offset` bytes past the address.
    fn store_op(&mut self, view: View, value_vt: ValType, offset: u32) {
        let mut s = self.s();
        match (view, value_vt) {
            (View::F32, ValType::F64) => void(s.f32_demote_f64()),
            (View::F64, ValType::F32) => void(s.f64_promote_f32()),
            _ => {}
        }
        match view {
            View::I8 | View::U8 => s.i32_store8(mem(0, offset)),
            View::I16 | View::U16 => s.i32_store16(mem(1, offset)),
            View::I32 | View::U32 => s.i32_store(mem(2, offset)),
            View::F32 => s.f32_store(mem(2, offset)),
            View::F64 => s.f64_store(mem(3, offset)),
        };
    }

    /// The value of a store expression, from the value on the stack.
    fn store_result(&mut self, view: View, value_vt: ValType) {
        if view == View::F32 && value_vt == ValType::F64 {
            // V8 gives the stored (float-rounded) value, not the double
            // assigned as plain JS would: we follow the reference.
            self.s().f32_demote_f64().f64_promote_f32();
        }
    }

    /// Whether evaluating `e` has no effect besides its value: no call, no
    /// assignment. Judged on at most 32 nodes; a larger tree counts as impure.
    fn is_pure(&self, e: ExprId) -> bool {
        let mut todo = [e; 32];
        let (mut n, mut seen) = (1, 0);
        while n > 0 {
            n -= 1;
            seen += 1;
            if seen > 32 {
                return false;
            }
            let x = todo[n];
            let mut push = |x: ExprId| {
                if n < todo.len() {
                    todo[n] = x;
                    n += 1;
                    true
                } else {
                    false
                }
            };
            let ok = match self.body.expr(x).kind {
                ExprKind::Num(_) | ExprKind::Name(_) => true,
                ExprKind::Unary { arg, .. } => push(arg),
                ExprKind::Binary { lhs, rhs, .. } => push(lhs) && push(rhs),
                ExprKind::Index { index, .. } => push(index),
                ExprKind::Cond { test, cons, alt } => push(test) && push(cons) && push(alt),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
        true
    }

    fn args(&mut self, args: &[ExprId]) {
        for &a in args {
            self.expr(a);
        }
    }

    fn call(&mut self, e: ExprId, callee: ExprId, args: asm2wasm_base::ast::List) {
        let args = self.body.list(args);
        let ty = self.ty(e);
        if let ExprKind::Index { obj, index } = self.body.expr(callee).kind {
            // Through a table: `t[i & mask](...)`.
            let Some((_, GlobalKind::Table(t))) = self.global_kind(obj) else { unreachable!() };
            // JS evaluates the callee `t[i & mask]` before the arguments;
            // `call_indirect` takes the index last. When either side has an
            // effect (a call or an assignment, which may change what the
            // other reads), the index goes first, through a local.
            let off = self.cx.table_offset[t as usize];
            if self.is_pure(index) && args.iter().all(|&a| self.is_pure(a)) {
                self.args(args);
                self.expr(index);
                if off != 0 {
                    self.s().i32_const(off as i32).i32_add();
                }
            } else {
                self.expr(index);
                if off != 0 {
                    self.s().i32_const(off as i32).i32_add();
                }
                let slot = self.take(ValType::I32);
                self.s().local_set(slot);
                self.args(args);
                self.s().local_get(slot);
                self.give(ValType::I32, slot);
            }
            let ti = self.cx.known_type(&sig_type(&self.cx.m.tables[t as usize].sig));
            self.s().call_indirect(0, ti);
            return;
        }
        match self.global_kind(callee) {
            Some((_, GlobalKind::Func(f))) if self.inlines(f) => self.inline_call(f, args),
            Some((_, GlobalKind::Func(f))) => {
                self.args(args);
                let idx = self.cx.func_base + f;
                self.s().call(idx);
            }
            Some((_, GlobalKind::Ffi(name))) => {
                self.args(args);
                let t = ffi_type(self.f, e);
                let idx = self.cx.import_of("foreign", self.cx.name(name), &t);
                self.s().call(idx);
            }
            Some((_, GlobalKind::Std(f))) => self.std_call(f, args, ty),
            _ => unreachable!("the checker resolved every callee"),
        }
    }

    /// Whether a call of asm.js function `f` from here is emitted in place.
    fn inlines(&self, f: u32) -> bool {
        let callee = &self.cx.m.functions[f as usize];
        self.inline
            && crate::inline::inlines(
                callee,
                self.cx.inlinable[f as usize],
                &self.inlining,
                self.loops,
            )
    }

    /// A call of the small function `f` ([`crate::inline`]), emitted in
    /// place: the arguments go into locals of the caller set aside for
    /// `f`'s locals, its other locals get their initial values (every time:
    /// the block may run again), and its body runs in a block whose end its
    /// `return`s reach. The same values and effects in the same order as the
    /// call, without the call.
    fn inline_call(&mut self, f: u32, args: &[ExprId]) {
        let callee = &self.cx.m.functions[f as usize];
        self.args(args);
        let base = self.local_base + (self.f.locals.len() + self.scratch.len()) as u32;
        let nparams = callee.sig.params.len();
        for i in (0..nparams as u32).rev() {
            self.s().local_set(base + i);
        }
        for (i, l) in callee.locals.iter().enumerate().skip(nparams) {
            self.constant(var_val(l.ty), l.init);
            self.s().local_set(base + i as u32);
        }
        let inlining = self.inlining.iter().copied().chain([callee]).collect();
        let mut e = Emitter::new(self.cx, callee, base, inlining, self.loops, self.depth);
        e.len_local = self.len_local;
        e.function_body();
        // The callee's locals, then its scratch locals, from `base` on:
        // nothing of the caller took a local since `base` was computed.
        self.scratch.extend(callee.locals.iter().map(|l| var_val(l.ty)));
        self.scratch.extend(e.scratch.iter().copied());
        self.s().block(crate::ret_val(callee.sig.ret).map_or(BlockType::Empty, BlockType::Result));
        let at = self.bytes.len() as u32;
        self.hints.extend(
            e.hints
                .iter()
                .map(|&h| BranchHint { branch_func_offset: at + h.branch_func_offset, ..h }),
        );
        self.positions.extend(e.positions.iter().map(|&(off, pos)| (at + off, pos)));
        self.bytes.extend_from_slice(&e.bytes);
        self.uses = self.uses.union(e.uses);
        self.s().end();
    }

    fn std_call(&mut self, f: StdFn, args: &[ExprId], ty: Ty) {
        use StdFn::*;
        if let Some(name) = math_import(f) {
            self.args(args);
            let t = (vec![ValType::F64; args.len()], vec![ValType::F64]);
            let idx = self.cx.import_of("Math", name, &t);
            self.s().call(idx);
            return;
        }
        let at = self.ty(args[0]);
        let float = val(ty) == Some(ValType::F32);
        match f {
            Ceil | Floor | Sqrt => {
                self.expr(args[0]);
                let mut s = self.s();
                match (f, float) {
                    (Ceil, false) => s.f64_ceil(),
                    (Floor, false) => s.f64_floor(),
                    (_, false) => s.f64_sqrt(),
                    (Ceil, true) => s.f32_ceil(),
                    (Floor, true) => s.f32_floor(),
                    (_, true) => s.f32_sqrt(),
                };
            }
            Abs => {
                self.expr(args[0]);
                match val(ty).unwrap() {
                    ValType::F64 => void(self.s().f64_abs()),
                    ValType::F32 => void(self.s().f32_abs()),
                    _ => {
                        // (x ^ (x >> 31)) - (x >> 31): Math.abs(INT_MIN) is 2^31, read as unsigned.
                        let x = self.take(ValType::I32);
                        self.s().local_tee(x).local_get(x).i32_const(31).i32_shr_s().i32_xor();
                        self.s().local_get(x).i32_const(31).i32_shr_s().i32_sub();
                        self.give(ValType::I32, x);
                    }
                }
            }
            Min | Max => {
                self.expr(args[0]);
                // f64/f32 min and max give NaN for a NaN operand and order
                // -0 below +0: JS's Math.min and Math.max exactly.
                if ty == Ty::Double || ty == Ty::Float {
                    for &a in &args[1..] {
                        self.expr(a);
                        match (ty == Ty::Double, f == Min) {
                            (true, true) => self.s().f64_min(),
                            (true, false) => self.s().f64_max(),
                            (false, true) => self.s().f32_min(),
                            (false, false) => self.s().f32_max(),
                        };
                    }
                } else {
                    let (x, y) = (self.take(ValType::I32), self.take(ValType::I32));
                    for &a in &args[1..] {
                        self.s().local_set(x);
                        self.expr(a);
                        self.s().local_set(y);
                        self.s().local_get(x).local_get(y).local_get(x).local_get(y);
                        if f == Min {
                            self.s().i32_lt_s();
                        } else {
                            self.s().i32_gt_s();
                        }
                        self.s().select();
                    }
                    self.give(ValType::I32, y);
                    self.give(ValType::I32, x);
                }
            }
            Imul => {
                self.args(args);
                self.s().i32_mul();
            }
            Clz32 => {
                self.expr(args[0]);
                self.s().i32_clz();
            }
            Fround => {
                if let ExprKind::Num(n) = self.body.expr(args[0]).kind {
                    return self.constant(ValType::F32, n.value);
                }
                self.expr(args[0]);
                if at.is(Ty::Floatish) {
                } else if at.is(Ty::DoubleQ) {
                    self.s().f32_demote_f64();
                } else if at.is(Ty::Signed) {
                    self.s().f32_convert_i32_s();
                } else {
                    self.s().f32_convert_i32_u();
                }
            }
            Acos | Asin | Atan | Cos | Sin | Tan | Exp | Log | Atan2 | Pow => {
                unreachable!("imported")
            }
        }
    }
}

/// Discard an instruction sink's return value.
fn void(_: &mut InstructionSink<'_>) {}
