//! 6.4 `ValidateFunction`, 6.5 `ValidateStatement`, 6.8 `ValidateExpression`,
//! 6.9 `ValidateCall`, 6.10 `ValidateHeapAccess`, with the annotations of 5.1-5.4
//! and the operator types of section 8.

use rustc_hash::{FxHashMap, FxHashSet};

use asm2wasm_base::ast::{self, BinOp, Body, ExprId, ExprKind, StmtId, StmtKind, UnOp};
use asm2wasm_base::stack::Nested;
use asm2wasm_base::{Diagnostic, Span, Sym};

use crate::diagnostics;
use crate::limits;
use crate::module::ModuleChecker;
use crate::types::*;

mod call;
mod expr;
mod stmt;

type R<T> = Result<T, Diagnostic>;

/// Most operands an int `+`/`-` chain may have (spec 8.2).
pub(crate) const MAX_ADDITIVE_TERMS: u32 = 1 << 20;
/// SpiderMonkey's largest switch table (`high - low + 1`), found by bisection
/// with the SpiderMonkey 58 shell.
const SPIDERMONKEY_MAX_SWITCH_TABLE: i64 = 1_000_000;
/// Bound on the magnitude of the int literal of an int `*` (spec 8.2).
const MUL_LITERAL_BOUND: f64 = (1u32 << 20) as f64;

/// A numeric literal (or `-` literal): its type and value, `None` if `e` is not one.
pub(crate) fn literal(body: &Body, e: ExprId) -> Option<R<(Ty, f64)>> {
    let ex = body.expr(e);
    let (neg, n) = match ex.kind {
        ExprKind::Num(n) => (false, n),
        ExprKind::Unary { op: UnOp::Neg, arg } => match body.expr(arg).kind {
            ExprKind::Num(n) => (true, n),
            _ => return None,
        },
        _ => return None,
    };
    if neg && n.value == 0.0 && !n.has_dot {
        // `-0` is unary minus on 0 (intish), not a negative literal: those lie in [-2^31, 0).
        return None;
    }
    if n.has_dot || n.value.fract() != 0.0 || !n.value.is_finite() {
        return Some(Ok((Ty::Double, if neg { -n.value } else { n.value })));
    }
    let v = n.value;
    Some(if neg {
        if v <= 2147483648.0 {
            Ok((Ty::Signed, -v))
        } else {
            Err(diagnostics::negative_literal_too_small(ex.span))
        }
    } else if v < 2147483648.0 {
        Ok((Ty::Fixnum, v))
    } else if v < 4294967296.0 {
        Ok((Ty::Unsigned, v))
    } else {
        Err(diagnostics::literal_too_large(ex.span))
    })
}

/// `-0` written as an int: an initialiser may use it (it declares an int 0).
pub(crate) fn is_negative_int_zero(body: &Body, e: ExprId) -> bool {
    matches!(body.expr(e).kind, ExprKind::Unary { op: UnOp::Neg, arg }
        if matches!(body.expr(arg).kind, ExprKind::Num(n) if n.value == 0.0 && !n.has_dot))
}

/// A break/continue target.
#[derive(Clone, Copy)]
struct Target {
    label: Option<Sym>,
    is_loop: bool,
}

/// The entry of `local_by_sym` for a name that is not a local.
pub(crate) const NO_LOCAL: u32 = u32::MAX;

/// A foreign function called with one signature: one function import of
/// the translation (`codegen`'s `ffi_type`: a `signed` argument is an
/// `i32`, any other an `f64`; the result is the call's coercion).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct ForeignImport {
    /// The name after `foreign.`.
    pub(crate) name: Sym,
    /// Whether each argument is `signed`.
    pub(crate) signed: Box<[bool]>,
    /// The coercion of the call.
    pub(crate) ret: RetTy,
}

/// What checking one function gives the module.
pub(crate) struct Checked {
    pub(crate) typed: TypedFunction,
    pub(crate) diags: Vec<Diagnostic>,
    /// The foreign imports its calls need, each with its first call, in
    /// source order.
    pub(crate) imports: Vec<(ForeignImport, Span)>,
}

pub(crate) struct FunctionChecker<'m, 'a> {
    m: &'m ModuleChecker<'a>,
    sig: Sig,
    locals: Vec<Local>,
    /// `Sym` -> index in `locals`, or [`NO_LOCAL`]: a table over all the
    /// file's symbols, shared by the module's functions and reset by each
    /// when it is done.
    local_by_sym: &'m mut [u32],
    info: Vec<ExprInfo>,
    targets: Vec<Target>,
    diags: Vec<Diagnostic>,
    /// Recursion depth, for [`Nested`].
    depth: u32,
    /// See [`Checked::imports`].
    imports: Vec<(ForeignImport, Span)>,
    /// The keys of `imports`.
    seen_imports: FxHashSet<ForeignImport>,
}

impl Nested for FunctionChecker<'_, '_> {
    fn nesting(&mut self) -> &mut u32 {
        &mut self.depth
    }
}

/// The form of a parameter annotation `x = x|0`, `x = +x`, `x = fround(x)`.
fn param_annotation(m: &ModuleChecker, body: &Body, stmt: StmtId, p: Sym) -> Option<VarTy> {
    let StmtKind::Expr(e) = body.stmt(stmt).kind else { return None };
    let ExprKind::Assign { target, value } = body.expr(e).kind else { return None };
    let is_p = |id: ExprId| matches!(body.expr(id).kind, ExprKind::Name(s) if s == p);
    if !is_p(target) {
        return None;
    }
    match body.expr(value).kind {
        ExprKind::Binary { op: BinOp::Or, lhs, rhs }
            if is_p(lhs)
                && matches!(body.expr(rhs).kind, ExprKind::Num(n) if n.value == 0.0 && !n.has_dot) =>
        {
            Some(VarTy::Int)
        }
        ExprKind::Unary { op: UnOp::Plus, arg } if is_p(arg) => Some(VarTy::Double),
        ExprKind::Call { callee, args }
            if body.list(args).len() == 1 && is_p(body.list(args)[0]) =>
        {
            match body.expr(callee).kind {
                ExprKind::Name(s)
                    if matches!(m.global(s), Some((_, GlobalKind::Std(StdFn::Fround)))) =>
                {
                    Some(VarTy::Float)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

impl<'m, 'a> FunctionChecker<'m, 'a> {
    /// A checker for one function; `local_by_sym` has one [`NO_LOCAL`] entry
    /// per symbol of the file, and is left that way when the check is done.
    pub(crate) fn new(m: &'m ModuleChecker<'a>, sig: Sig, local_by_sym: &'m mut [u32]) -> Self {
        FunctionChecker {
            m,
            sig,
            locals: Vec::new(),
            local_by_sym,
            info: Vec::new(),
            targets: Vec::new(),
            diags: Vec::new(),
            depth: 0,
            imports: Vec::new(),
            seen_imports: FxHashSet::default(),
        }
    }

    /// The function's type from its annotations alone (5.1 parameters, 5.2
    /// return), so that calls may come before the definition.
    pub(crate) fn signature(m: &ModuleChecker, f: &ast::Function) -> Sig {
        let body = &f.body;
        let mut local: FxHashMap<Sym, VarTy> = FxHashMap::default();
        let params: Vec<VarTy> = f
            .params
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let t = f
                    .stmts
                    .get(i)
                    .and_then(|&s| param_annotation(m, body, s, p.sym))
                    .unwrap_or(VarTy::Int);
                local.insert(p.sym, t);
                t
            })
            .collect();
        for &s in f.stmts.iter().skip(params.len()) {
            let StmtKind::Var(decls) = &body.stmt(s).kind else { break };
            for d in decls {
                let t = match literal(body, d.init) {
                    Some(Ok((Ty::Double, _))) => VarTy::Double,
                    Some(_) => VarTy::Int,
                    None => VarTy::Float,
                };
                local.insert(d.name.sym, t);
            }
        }
        let ret = match f.stmts.last().map(|&s| &body.stmt(s).kind) {
            Some(StmtKind::Return(Some(e))) => Self::return_annotation(m, &local, body, *e),
            _ => RetTy::Void,
        };
        Sig { params, ret }
    }

    /// 5.2: the return type a `return e;` announces.
    fn return_annotation(
        m: &ModuleChecker,
        local: &FxHashMap<Sym, VarTy>,
        body: &Body,
        e: ExprId,
    ) -> RetTy {
        let var = |t: VarTy| match t {
            VarTy::Int => RetTy::Signed,
            VarTy::Double => RetTy::Double,
            VarTy::Float => RetTy::Float,
        };
        match body.expr(e).kind {
            ExprKind::Unary { op: UnOp::Plus, .. } => RetTy::Double,
            ExprKind::Num(_) | ExprKind::Unary { op: UnOp::Neg, .. } => {
                match (literal(body, e), body.expr(e).kind) {
                    (Some(Ok((Ty::Double, _))), _) => RetTy::Double,
                    // `-x`: the type of `x` (a double stays double, a float floatish).
                    (None, ExprKind::Unary { arg, .. }) => {
                        Self::return_annotation(m, local, body, arg)
                    }
                    _ => RetTy::Signed,
                }
            }
            ExprKind::Call { callee, args } => match body.expr(callee).kind {
                ExprKind::Name(s) if !local.contains_key(&s) => match m.global(s) {
                    Some((_, GlobalKind::Std(StdFn::Fround))) => RetTy::Float,
                    Some((_, GlobalKind::Std(StdFn::Imul | StdFn::Clz32))) => RetTy::Signed,
                    Some((
                        _,
                        GlobalKind::Std(
                            StdFn::Abs
                            | StdFn::Ceil
                            | StdFn::Floor
                            | StdFn::Sqrt
                            | StdFn::Min
                            | StdFn::Max,
                        ),
                    )) => match body.list(args).first() {
                        Some(&a) => Self::return_annotation(m, local, body, a),
                        None => RetTy::Double,
                    },
                    _ => RetTy::Double,
                },
                _ => RetTy::Signed,
            },
            ExprKind::Name(s) => match local.get(&s) {
                Some(&t) => var(t),
                None => match m.global(s) {
                    Some((_, GlobalKind::Var { ty, .. })) => var(ty),
                    Some((_, GlobalKind::Const(_))) => RetTy::Double,
                    _ => RetTy::Signed,
                },
            },
            ExprKind::Binary {
                op: BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem,
                lhs,
                ..
            } => Self::return_annotation(m, local, body, lhs),
            ExprKind::Cond { cons, .. } => Self::return_annotation(m, local, body, cons),
            ExprKind::Comma(l) => match body.list(l).last() {
                Some(&last) => Self::return_annotation(m, local, body, last),
                None => RetTy::Signed,
            },
            ExprKind::Assign { value, .. } => Self::return_annotation(m, local, body, value),
            ExprKind::Index { obj, .. } => match body.expr(obj).kind {
                ExprKind::Name(s) => match m.global(s) {
                    Some((_, GlobalKind::View(View::F32))) => RetTy::Float,
                    Some((_, GlobalKind::View(View::F64))) => RetTy::Double,
                    _ => RetTy::Signed,
                },
                _ => RetTy::Signed,
            },
            _ => RetTy::Signed,
        }
    }

    fn name(&self, s: Sym) -> &str {
        self.m.name(s)
    }

    /// 6.4 `ValidateFunction`.
    pub(crate) fn validate_function(mut self, f: ast::Function) -> Checked {
        self.info = vec![ExprInfo::default(); f.body.exprs.len()];
        let body = &f.body;
        if self.m.strict {
            crate::module::strict_literals(body, &mut self.diags);
        }
        if body.exprs.len() > limits::MAX_FUNCTION_NODES {
            self.diags.push(diagnostics::too_large(
                self.name(f.name.sym),
                f.name.span,
                body.exprs.len(),
            ));
        }
        if let Some(p) = f.params.get(limits::MAX_PARAMS) {
            self.diags.push(diagnostics::too_many_params(
                self.name(f.name.sym),
                f.name.span,
                p.span,
                f.params.len(),
            ));
        }
        // 5.1 parameters and their annotations, in order.
        let mut pos = 0;
        for (i, p) in f.params.iter().enumerate() {
            if let Some(first) = self.resolve(p.sym) {
                let first = self.locals[first as usize].name.span;
                self.diags.push(diagnostics::param_declared_twice(p.span, self.name(p.sym), first));
            }
            let ty = match f.stmts.get(i).and_then(|&s| param_annotation(self.m, body, s, p.sym)) {
                Some(t) => {
                    pos = i + 1;
                    t
                }
                None => {
                    let span = f.stmts.get(i).map_or(p.span, |&s| body.stmt(s).span);
                    self.diags.push(diagnostics::param_not_annotated(
                        span,
                        self.name(p.sym),
                        i,
                        p.span,
                    ));
                    VarTy::Int
                }
            };
            self.declare_local(*p, ty, 0.0);
        }
        // 5.4 local variable declarations.
        while let Some(&s) = f.stmts.get(pos) {
            let StmtKind::Var(decls) = &body.stmt(s).kind else { break };
            for d in decls {
                if let Some(first) = self.resolve(d.name.sym) {
                    let first = self.locals[first as usize].name.span;
                    self.diags.push(diagnostics::local_declared_twice(
                        d.name.span,
                        self.name(d.name.sym),
                        first,
                    ));
                    continue;
                }
                match self.local_init(body, d.init) {
                    Ok((ty, v)) => {
                        self.declare_local(d.name, ty, v);
                        if self.locals.len() == limits::MAX_LOCALS + 1 {
                            self.diags.push(diagnostics::too_many_locals(
                                self.name(f.name.sym),
                                f.name.span,
                                d.name.span,
                            ));
                        }
                    }
                    Err(e) => self.diags.push(e),
                }
            }
            pos += 1;
        }
        let prologue = pos;
        for &s in &f.stmts[prologue..] {
            if let Err(d) = self.stmt(body, s) {
                self.diags.push(d);
            }
        }
        for l in &self.locals {
            self.local_by_sym[l.name.sym.0 as usize] = NO_LOCAL;
        }
        let typed =
            TypedFunction { sig: self.sig, locals: self.locals, prologue, info: self.info, ast: f };
        Checked { typed, diags: self.diags, imports: self.imports }
    }

    fn declare_local(&mut self, name: ast::Name, ty: VarTy, init: f64) {
        if let Some(d) = crate::module::reserved(self.m.names, name) {
            self.diags.push(d);
        }
        self.local_by_sym[name.sym.0 as usize] = self.locals.len() as u32;
        self.locals.push(Local { name, ty, init });
    }

    /// 5.4: `var x = 0`, `var y = 0.0`, `var z = fround(0)`.
    fn local_init(&mut self, body: &Body, init: ExprId) -> R<(VarTy, f64)> {
        if is_negative_int_zero(body, init) {
            self.diags.push(diagnostics::local_negative_zero(body.expr(init).span));
            return Ok((VarTy::Int, 0.0));
        }
        if let Some(lit) = literal(body, init) {
            let (ty, v) = lit?;
            if v == -2147483648.0 && ty != Ty::Double {
                self.diags.push(diagnostics::int_min_initialiser(body.expr(init).span));
            }
            return Ok((if ty == Ty::Double { VarTy::Double } else { VarTy::Int }, v));
        }
        let e = body.expr(init);
        if let ExprKind::Call { callee, args } = e.kind {
            let is_fround = matches!(body.expr(callee).kind, ExprKind::Name(s) if self.resolve(s).is_none() && matches!(self.m.global(s), Some((_, GlobalKind::Std(StdFn::Fround)))));
            if let (true, [a]) = (is_fround, body.list(args)) {
                if is_negative_int_zero(body, *a) {
                    return Ok((VarTy::Float, -0.0));
                }
                if let Some(lit) = literal(body, *a) {
                    return Ok((VarTy::Float, f64::from(lit?.1 as f32)));
                }
            }
        }
        if let ExprKind::Name(s) = e.kind
            && !self.m.strict
            && self.resolve(s).is_none()
        {
            // Both engines take a constant global as a literal: a stdlib
            // constant (`var inf = stdlib.Infinity`) or a module-level
            // `const` with a literal value.
            match self.m.global(s) {
                Some((_, GlobalKind::Const(v))) => return Ok((VarTy::Double, v)),
                Some((_, GlobalKind::Var { ty, init: GlobalInit::Literal(v), mutable: false })) => {
                    return Ok((ty, v));
                }
                _ => {}
            }
        }
        Err(diagnostics::local_init_not_literal(e.span))
    }

    fn resolve(&self, s: Sym) -> Option<u32> {
        Some(self.local_by_sym[s.0 as usize]).filter(|&i| i != NO_LOCAL)
    }

    fn set(&mut self, e: ExprId, ty: Option<Ty>, res: Res) {
        self.info[e.0 as usize] = ExprInfo { ty, res };
    }

    /// Records `ty` as the type of `e`; `Ok` so that a rule can end with it.
    #[allow(clippy::unnecessary_wraps)]
    fn typed(&mut self, e: ExprId, ty: Ty) -> R<Ty> {
        self.info[e.0 as usize].ty = Some(ty);
        Ok(ty)
    }
}

/// A call of more than [`limits::MAX_CALL_ARGS`] arguments.
fn check_arg_count(body: &Body, call: ExprId, args: &[ExprId]) -> R<()> {
    match args.get(limits::MAX_CALL_ARGS) {
        None => Ok(()),
        Some(&a) => {
            Err(diagnostics::too_many_args(body.expr(call).span, body.expr(a).span, args.len()))
        }
    }
}
