//! One asm.js function to one wasm function body.

mod align;
mod call;
mod expr;
mod heap;
mod stmt;
mod walk;

use asm2wasm_base::Sym;
use asm2wasm_base::ast::{BinOp, Body, Case, ExprId, ExprKind, StmtId, StmtKind, UnOp};
use asm2wasm_base::stack::Nested;
use asm2wasm_check::{GlobalKind, Res, RetTy, StdFn, Ty, TypedFunction, VarTy, View, limits};
use wasm_encoder::{BlockType, NameMap, ValType};

use std::cell::Cell;

use crate::helpers::Helper;
use crate::ir::{self, Code, Inst, Sink};
use crate::passes::{self, inline::Inlined};
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
    code: Code,
    /// Scratch locals beyond the asm.js ones, and the free ones by type (one
    /// entry per value type used: a list is quicker than a map for so few).
    scratch: Vec<ValType>,
    free: Vec<(ValType, Vec<u32>)>,
    frames: Vec<Frame>,
    /// By statement: a loop some `continue` targets (see [`continued_loops`]).
    continued: Vec<bool>,
    /// Recursion depth, for [`Nested`].
    depth: u32,
    /// The function being lowered, then, when this is a body to inline
    /// ([`Callees`]), the functions inlined down to it, innermost last.
    /// Past the first, `return` leaves the block around the body.
    inlining: Vec<&'c TypedFunction>,
    /// How many loops enclose the code being emitted.
    loops: u32,
    /// Parameters kept aligned in locals ([`align`]).
    aligned: Vec<align::Aligned>,
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
    /// Its code, kept only when its bytes depend on the module's layout
    /// (it calls a helper or reads a NaN global: [`passes::Summary`]).
    pub(crate) code: Option<Code>,
    /// Its locals after the parameters, as runs of one type.
    pub(crate) locals: Vec<(u32, ValType)>,
    /// Its code written against `cx.layout` (see [`crate::compile`]).
    pub(crate) encoded: ir::Encoded,
    pub(crate) local_names: NameMap,
    /// The helpers and constant globals the code uses.
    pub(crate) uses: Uses,
    /// Its wasm locals, parameters included.
    pub(crate) local_count: usize,
}

impl Emitted {
    /// Within wasm's limits on a function's locals and body size.
    pub(crate) fn fits(&self) -> bool {
        self.local_count <= limits::MAX_LOCALS
            && self.encoded.body.byte_len() <= limits::WASM_MAX_FUNCTION_SIZE
    }

    /// Write the code again against `layout`, which [`crate::compile`]
    /// found after the guess it was written against (code whose bytes do
    /// not depend on it was not kept, and needs nothing).
    pub(crate) fn encode(&mut self, layout: &impl ir::Layout) {
        if let Some(code) = &self.code {
            self.encoded = ir::encode(code, &self.locals, layout);
        }
    }
}

/// Lower `f` and write it against the helpers and constant globals of
/// `cx.layout`. Bodies emitted in place of calls add locals and bytes: a
/// function that then goes past wasm's limit on either
/// ([`Emitted::fits`]) is emitted again with every call a call, which
/// [`crate::compile`] reports if it still does not fit.
pub(crate) fn emit(cx: &Ctx<'_>, f: &TypedFunction, index: u32) -> Emitted {
    let e = emit_with(cx, f, index, cx.opts.inline);
    if e.fits() || !cx.opts.inline { e } else { emit_with(cx, f, index, false) }
}

/// [`emit`], calls inlined where [`passes::inline`] says so if `inline`.
fn emit_with(cx: &Ctx<'_>, f: &TypedFunction, index: u32, inline: bool) -> Emitted {
    let mut e = Emitter::new(cx, f, vec![f], 0, 0);
    let len_local = (cx.opts.import_memory
        && cx.opts.heap_checks == HeapChecks::Exact
        && reads_length_often(&f.ast.body))
    .then(|| {
        e.uses.add_const(ConstGlobal::HeapLength);
        e.take(ValType::I32)
    });
    let nparams = f.sig.params.len();
    for (i, l) in f.locals.iter().enumerate().skip(nparams) {
        if l.init != 0.0 || l.init.is_sign_negative() {
            e.constant(var_val(l.ty), l.init);
            e.s().local_set(i as u32);
        }
    }
    e.function_body();
    e.s().end();
    e.version(true);
    let next = (f.locals.len() + e.scratch.len()) as u32;
    let mut locals = passes::Locals { next, added: &mut e.scratch };
    if inline {
        let callees = Callees { cx, uses: Cell::new(Uses::default()) };
        passes::inline::run(&mut e.code, &callees, &[index], false, &mut locals);
        e.uses = e.uses.union(callees.uses.get());
    }
    // Out of line (`--optimize-size`): outside loops, in a function too big
    // to be one that loops call.
    let out_of_line = cx.opts.checks_out_of_line && f.ast.body.exprs.len() > SMALL_FUNCTION;
    passes::checks::run(&mut e.code, &mut locals, out_of_line, &mut e.uses);
    let summary = passes::run(&mut e.code, &mut locals);
    // The heap length is read from the function's local, if it has one,
    // set first thing (after the passes: no guard may take it in).
    let len = len_local.map_or(Inst::GetConst(ConstGlobal::HeapLength), Inst::LocalGet);
    if summary.heap_length {
        e.code.iter_mut().filter(|i| matches!(i, Inst::HeapLength)).for_each(|i| *i = len.clone());
    }
    if let Some(l) = len_local {
        let at = usize::from(matches!(e.code[0], Inst::Pos(_)));
        e.code.splice(at..at, [Inst::GetConst(ConstGlobal::HeapLength), Inst::LocalSet(l)]);
    }

    let mut locals: Vec<(u32, ValType)> = Vec::new();
    for t in f.locals.iter().skip(nparams).map(|l| var_val(l.ty)).chain(e.scratch.iter().copied()) {
        match locals.last_mut() {
            Some((n, last)) if *last == t => *n += 1,
            _ => locals.push((1, t)),
        }
    }
    let mut names = NameMap::new();
    for (i, l) in f.locals.iter().enumerate() {
        names.append(i as u32, e.cx.name(l.name.sym));
    }
    let local_count = f.locals.len() + e.scratch.len();
    let encoded = ir::encode(&e.code, &locals, cx);
    // Every function's code lives until the layout is known only where it
    // may have to be written again: most have nothing that depends on it.
    let code = summary.layout.then_some(e.code);
    Emitted { code, locals, encoded, local_names: names, uses: e.uses, local_count }
}

/// The module's functions, as [`passes::inline`] asks for them: the
/// bodies lowered for their place, and the helpers and constants they use.
struct Callees<'c, 'a> {
    cx: &'c Ctx<'a>,
    uses: Cell<Uses>,
}

impl passes::inline::Callees for Callees<'_, '_> {
    fn function(&self, func: u32) -> Option<u32> {
        let f = func.checked_sub(self.cx.func_base)?;
        ((f as usize) < self.cx.m.functions.len()).then_some(f)
    }

    fn inlines(&self, f: u32, stack: &[u32], in_loop: bool) -> bool {
        let callee = &self.cx.m.functions[f as usize];
        passes::inline::inlines(f, callee, self.cx.inlinable[f as usize], stack, in_loop)
    }

    fn body(&self, f: u32, stack: &[u32], in_loop: bool) -> Inlined {
        let cx = self.cx;
        let callee = &cx.m.functions[f as usize];
        let inlining = stack.iter().map(|&g| &cx.m.functions[g as usize]).collect();
        let mut e = Emitter::new(cx, callee, inlining, u32::from(in_loop), 0);
        e.function_body();
        // Not at the top level of a body inlined outside any loop: it runs
        // once, and a guard would double its size at every call.
        e.version(in_loop);
        self.uses.set(self.uses.get().union(e.uses));
        let params = callee.sig.params.len();
        let mut init = Code::new();
        for (i, l) in callee.locals.iter().enumerate().skip(params) {
            init.extend([constant(var_val(l.ty), l.init), Inst::LocalSet(i as u32)]);
        }
        let result = e.result();
        let locals = callee.locals.iter().map(|l| var_val(l.ty)).chain(e.scratch).collect();
        Inlined { code: e.code, locals, params: params as u32, init, result }
    }
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
    /// An emitter of `f`'s code, for the bodies on the `inlining` stack
    /// (just `f` for `f`'s own body), `loops` loops and `depth` levels of
    /// nesting deep. Its locals are numbered from 0 (parameters first);
    /// an inlined body's are moved after its caller's by the pass.
    fn new(
        cx: &'c Ctx<'a>,
        f: &'c TypedFunction,
        inlining: Vec<&'c TypedFunction>,
        loops: u32,
        depth: u32,
    ) -> Self {
        Emitter {
            cx,
            uses: Uses::default(),
            f,
            body: &f.ast.body,
            code: {
                // About one instruction and a half per expression node.
                let mut code = Vec::with_capacity(f.ast.body.exprs.len() * 3 / 2 + 8);
                code.push(Inst::Pos(f.ast.span.lo));
                code
            },
            scratch: Vec::new(),
            free: Vec::new(),
            frames: Vec::new(),
            continued: continued_loops(&f.ast.body, &f.ast.stmts),
            depth,
            inlining,
            loops,
            aligned: Vec::new(),
        }
    }

    /// Version the loops of the code lowered and, in exact mode, merge the
    /// checks of its straight-line runs (at its top level too when `hot`
    /// and the function is [`Self::small`]).
    fn version(&mut self, hot: bool) {
        let opts = &self.cx.opts;
        let heap = (opts.heap_checks == HeapChecks::Exact)
            .then(|| passes::HeapLen { min: opts.known_heap(), fixed: !opts.import_memory });
        passes::loops::run(&mut self.code, heap, self.f.sig.params.len() as u32);
        if let Some(heap) = heap {
            let mut code = std::mem::take(&mut self.code);
            passes::guards::run(&mut code, heap, || (hot && self.small()).then(|| self.result()));
            self.code = code;
        }
    }

    /// Whether the function is small straight-line code, likely called
    /// from a loop (`load32(p)`, four bytes off `p`): its top level gets
    /// guards as a loop body does ([`passes::guards`]).
    fn small(&self) -> bool {
        let f = self.f;
        walk::is_small(self.body, &f.ast.stmts[f.prologue..], SMALL_FUNCTION)
    }

    /// The type of the function's result.
    fn result(&self) -> ir::Ty {
        ir::Ty::of(crate::ret_val(self.f.sig.ret).map_or(BlockType::Empty, BlockType::Result))
    }

    /// The function's statements after its prologue, leaving its result on
    /// the stack (without the final `end`).
    fn function_body(&mut self) {
        let (f, body) = (self.f, self.body);
        let stmts = &f.ast.stmts[f.prologue..];
        self.align_params();
        let (last, rest) = match stmts.split_last() {
            Some((&last, rest)) => (Some(last), rest),
            None => (None, stmts),
        };
        rest.iter().for_each(|&s| self.stmt(s));
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

impl Emitter<'_, '_> {
    fn s(&mut self) -> Sink<'_> {
        Sink(&mut self.code)
    }

    /// Convert the value of type `vt` on the stack for a store into `view`.
    fn convert_for_store(&mut self, view: View, vt: ValType) {
        self.code.extend(ir::to_stored(view, vt).map(Inst::Op));
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
        self.code.push(constant(t, v));
    }

    fn take(&mut self, t: ValType) -> u32 {
        if let Some(i) =
            self.free.iter_mut().find(|(u, _)| *u == t).and_then(|(_, free)| free.pop())
        {
            return i;
        }
        self.scratch.push(t);
        (self.f.locals.len() + self.scratch.len() - 1) as u32
    }

    fn give(&mut self, t: ValType, i: u32) {
        match self.free.iter_mut().find(|(u, _)| *u == t) {
            Some((_, free)) => free.push(i),
            None => self.free.push((t, vec![i])),
        }
    }

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

    /// Code from here on comes from source byte `pos` (a statement's start).
    fn position(&mut self, pos: u32) {
        match self.code.last_mut() {
            Some(Inst::Pos(last)) => *last = pos,
            _ => self.code.push(Inst::Pos(pos)),
        }
    }
}

/// The constant `v` as a value of type `t`.
fn constant(t: ValType, v: f64) -> Inst {
    match t {
        ValType::I32 => Inst::I32Const(v as i64 as i32),
        ValType::F32 => Inst::F32Const(v as f32),
        _ => Inst::F64Const(v),
    }
}

/// Discard a sink's return value.
fn void(_: &mut Sink<'_>) {}
