//! 6.4 `ValidateFunction`, 6.5 `ValidateStatement`, 6.8 `ValidateExpression`,
//! 6.9 `ValidateCall`, 6.10 `ValidateHeapAccess`, with the annotations of 5.1-5.4
//! and the operator types of section 8.

use rustc_hash::{FxHashMap, FxHashSet};

use asm2wasm_base::ast::{self, BinOp, Body, ExprId, ExprKind, StmtId, StmtKind, UnOp};
use asm2wasm_base::stack::Nested;
use asm2wasm_base::{Code, Diagnostic, Engine, Span, Sym, engine_refuses};

use crate::limits::{self, thousands};
use crate::module::ModuleChecker;
use crate::types::*;

type R<T> = Result<T, Diagnostic>;

/// Most operands an int `+`/`-` chain may have (spec 8.2).
const MAX_ADDITIVE_TERMS: u32 = 1 << 20;
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
    let out_of_range = |limit: &str| {
        Diagnostic::error(Code::E0143, ex.span, "this integer literal is out of range")
            .label(format!("asm.js integers are 32-bit: {limit}"))
            .help("write it as a double literal (with a `.`) if a double is meant")
    };
    Some(if neg {
        if v <= 2147483648.0 {
            Ok((Ty::Signed, -v))
        } else {
            Err(out_of_range("a negative literal must be at least -2147483648"))
        }
    } else if v < 2147483648.0 {
        Ok((Ty::Fixnum, v))
    } else if v < 4294967296.0 {
        Ok((Ty::Unsigned, v))
    } else {
        Err(out_of_range("a literal must be below 2^32"))
    })
}

/// `-0` written as an int: an initialiser may use it (it declares an int 0).
pub(crate) fn is_negative_int_zero(body: &Body, e: ExprId) -> bool {
    matches!(body.expr(e).kind, ExprKind::Unary { op: UnOp::Neg, arg }
        if matches!(body.expr(arg).kind, ExprKind::Num(n) if n.value == 0.0 && !n.has_dot))
}

fn var_ty_name(t: VarTy) -> &'static str {
    match t {
        VarTy::Int => "int",
        VarTy::Double => "double",
        VarTy::Float => "float",
    }
}

fn coercion_hint(want: Ty) -> &'static str {
    match want {
        Ty::Signed | Ty::Fixnum | Ty::Extern => "coerce it to signed with `(...)|0`",
        Ty::Int | Ty::Intish => "coerce it to int with `(...)|0`",
        Ty::Unsigned => "coerce it to unsigned with `(...)>>>0`",
        Ty::Double | Ty::DoubleQ => "coerce it to double with `+(...)`",
        Ty::Float | Ty::FloatQ | Ty::Floatish => "round it to float with `fround(...)`",
        Ty::Void => "drop the value",
    }
}

fn mismatch(span: Span, what: &str, got: Ty, want: &str, hint: &str) -> Diagnostic {
    Diagnostic::error(Code::E0140, span, format!("{what} must be {want}, found `{got}`"))
        .label(format!("this is `{got}`"))
        .help(hint.to_string())
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
            self.diags.push(too_large(self.name(f.name.sym), f.name.span, body.exprs.len()));
        }
        if let Some(p) = f.params.get(limits::MAX_PARAMS) {
            self.diags.push(too_many_params(
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
                let n = self.name(p.sym).to_string();
                self.diags.push(
                    Diagnostic::error(
                        Code::E0120,
                        p.span,
                        format!("parameter `{n}` is declared twice"),
                    )
                    .label("again here")
                    .note(self.locals[first as usize].name.span, "first here"),
                );
            }
            let ty = match f.stmts.get(i).and_then(|&s| param_annotation(self.m, body, s, p.sym)) {
                Some(t) => {
                    pos = i + 1;
                    t
                }
                None => {
                    let n = self.name(p.sym).to_string();
                    let span = f.stmts.get(i).map_or(p.span, |&s| body.stmt(s).span);
                    self.diags.push(
                        Diagnostic::error(Code::E0120, span, format!("parameter `{n}` has no type annotation"))
                            .label(format!("statement {} of the body must annotate parameter {} `{n}`", i + 1, i + 1))
                            .note(p.span, "the parameter")
                            .help(format!("begin the body with `{n} = {n}|0;` (int), `{n} = +{n};` (double) or `{n} = fround({n});` (float), one per parameter, in order")),
                    );
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
                    let n = self.name(d.name.sym).to_string();
                    self.diags.push(
                        Diagnostic::error(
                            Code::E0121,
                            d.name.span,
                            format!("`{n}` is already a parameter or local of this function"),
                        )
                        .label("declared again here")
                        .note(self.locals[first as usize].name.span, "first declared here"),
                    );
                    continue;
                }
                match self.local_init(body, d.init) {
                    Ok((ty, v)) => {
                        self.declare_local(d.name, ty, v);
                        if self.locals.len() == limits::MAX_LOCALS + 1 {
                            self.diags.push(too_many_locals(
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
            self.diags.push(engine_refuses(
                Engine::SpiderMonkey,
                body.expr(init).span,
                "an int local initialised with `-0`",
                "SpiderMonkey reads `var x = -0` as a double local (V8 and we: an int)",
                "write `var x = 0;`",
            ));
            return Ok((VarTy::Int, 0.0));
        }
        if let Some(lit) = literal(body, init) {
            let (ty, v) = lit?;
            if v == -2147483648.0 && ty != Ty::Double {
                self.diags.push(crate::module::int_min_initialiser(body.expr(init).span));
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
        Err(Diagnostic::error(Code::E0121, e.span, "a local variable must be initialised with a literal")
            .label("not a numeric literal")
            .help("write `var x = 0;` (int), `var x = 0.0;` (double) or `var x = fround(0);` (float), and assign the value in a statement"))
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

    // ---- 6.5 statements -------------------------------------------------

    fn stmt(&mut self, body: &Body, s: StmtId) -> R<()> {
        self.nested(|c| c.stmt_inner(body, s))
    }

    fn block(&mut self, body: &Body, stmts: &[StmtId]) {
        for &s in stmts {
            if let Err(d) = self.stmt(body, s) {
                self.diags.push(d);
            }
        }
    }

    fn condition(&mut self, body: &Body, e: ExprId, what: &str) -> R<()> {
        let t = self.expr(body, e)?;
        if !t.is(Ty::Int) {
            return Err(mismatch(
                body.expr(e).span,
                &format!("the condition of {what}"),
                t,
                "`int`",
                coercion_hint(Ty::Int),
            ));
        }
        Ok(())
    }

    fn looped(&mut self, body: &Body, label: Option<Sym>, s: StmtId) -> R<()> {
        self.targets.push(Target { label, is_loop: true });
        let r = self.stmt(body, s);
        self.targets.pop();
        r
    }

    fn stmt_inner(&mut self, body: &Body, s: StmtId) -> R<()> {
        let stmt = body.stmt(s);
        self.stmt_labelled(body, stmt, None)
    }

    fn stmt_labelled(&mut self, body: &Body, stmt: &ast::Stmt, label: Option<Sym>) -> R<()> {
        match &stmt.kind {
            StmtKind::Block(ss) => {
                self.block(body, ss);
                Ok(())
            }
            StmtKind::Empty => Ok(()),
            StmtKind::Expr(e) => {
                // 6.5.3: a call statement is a call coerced to void.
                if self.is_coerced_call(body, *e) {
                    self.call(body, *e, RetTy::Void).map(|_| ())
                } else {
                    self.expr(body, *e).map(|_| ())
                }
            }
            StmtKind::Var(decls) => {
                let span = decls.first().map_or(stmt.span, |d| d.name.span);
                Err(Diagnostic::error(Code::E0183, stmt.span, "local variables must be declared at the top of the function body")
                    .label("a `var` after other statements")
                    .note(span, "declared here")
                    .help("move the declaration up, after the parameter annotations, and assign the value here"))
            }
            StmtKind::If { test, cons, alt } => {
                self.condition(body, *test, "`if`")?;
                if let Err(d) = self.stmt(body, *cons) {
                    self.diags.push(d);
                }
                if let Some(alt) = alt {
                    self.stmt(body, *alt)?;
                }
                Ok(())
            }
            StmtKind::Return(value) => self.validate_return(body, stmt.span, *value),
            StmtKind::While { test, body: b } => {
                self.condition(body, *test, "`while`")?;
                self.looped(body, label, *b)
            }
            StmtKind::DoWhile { body: b, test } => {
                let r = self.looped(body, label, *b);
                self.condition(body, *test, "`do`-`while`")?;
                r
            }
            StmtKind::For { init, test, update, body: b } => {
                if let Some(e) = init {
                    self.expr_stmt(body, *e)?;
                }
                if let Some(e) = test {
                    self.condition(body, *e, "`for`")?;
                }
                if let Some(e) = update {
                    self.expr_stmt(body, *e)?;
                }
                self.looped(body, label, *b)
            }
            StmtKind::Break(l) => self.jump(*l, stmt.span, false),
            StmtKind::Continue(l) => self.jump(*l, stmt.span, true),
            StmtKind::Labeled { label: l, body: b } => {
                let inner = body.stmt(*b);
                let is_loop = matches!(
                    inner.kind,
                    StmtKind::While { .. } | StmtKind::DoWhile { .. } | StmtKind::For { .. }
                );
                if is_loop {
                    // The loop itself carries the label (so `continue l` finds it).
                    self.nested(|c| c.stmt_labelled(body, inner, Some(l.sym)))
                } else {
                    self.targets.push(Target { label: Some(l.sym), is_loop: false });
                    let r = self.stmt(body, *b);
                    self.targets.pop();
                    r
                }
            }
            StmtKind::Switch { disc, cases } => self.validate_switch(body, *disc, cases, label),
        }
    }

    /// An expression in statement position (`for` init and update included).
    fn expr_stmt(&mut self, body: &Body, e: ExprId) -> R<Ty> {
        if self.is_coerced_call(body, e) {
            self.call(body, e, RetTy::Void)
        } else {
            self.expr(body, e)
        }
    }

    fn jump(&mut self, label: Option<ast::Name>, span: Span, is_continue: bool) -> R<()> {
        let word = if is_continue { "continue" } else { "break" };
        let found = match label {
            Some(l) => self
                .targets
                .iter()
                .rev()
                .find(|t| t.label == Some(l.sym))
                .map(|t| t.is_loop || !is_continue),
            None => self
                .targets
                .iter()
                .rev()
                .find(|t| t.is_loop || (!is_continue && t.label.is_none()))
                .map(|_| true),
        };
        match (found, label) {
            (Some(true), _) => Ok(()),
            (Some(false), Some(l)) => Err(Diagnostic::error(
                Code::E0182,
                l.span,
                format!("`continue {}` names a label that is not on a loop", self.name(l.sym)),
            )
            .label("not a loop label")
            .help("`continue` may only name the label of an enclosing loop")),
            (None, Some(l)) => Err(Diagnostic::error(
                Code::E0182,
                l.span,
                format!("there is no enclosing label `{}`", self.name(l.sym)),
            )
            .label("unknown label")
            .help(format!("`{word}` may only name a label of an enclosing statement"))),
            _ => Err(Diagnostic::error(
                Code::E0182,
                span,
                format!(
                    "`{word}` outside of a loop{}",
                    if is_continue { "" } else { " or switch" }
                ),
            )
            .label("nothing to leave here")),
        }
    }

    /// 6.5.5 `ValidateReturn` against the function's return type (5.2).
    fn validate_return(&mut self, body: &Body, span: Span, value: Option<ExprId>) -> R<()> {
        let want = self.sig.ret;
        match value {
            None if want == RetTy::Void => Ok(()),
            None => Err(Diagnostic::error(Code::E0122, span, format!("this function returns `{}`, but this `return` has no value", want.ty()))
                .label("no value")
                .help("the return type comes from the function's last statement; every `return` must agree with it")),
            Some(e) => {
                let t = if self.is_coerced_call(body, e) {
                    // `return f()` alone: the call has no coercion.
                    return Err(Self::uncoerced_call(body, e));
                } else {
                    self.expr(body, e)?
                };
                if want == RetTy::Void {
                    return Err(Diagnostic::error(Code::E0122, body.expr(e).span, "this function returns nothing, but this `return` has a value")
                        .label(format!("this is `{t}`"))
                        .help("the return type comes from the function's last statement: end the function with `return e;` to return a value"));
                }
                self.v8_assignment_type(body, &[e]);
                if !t.is(want.ty()) {
                    return Err(Diagnostic::error(Code::E0122, body.expr(e).span, format!("this function returns `{}`, found `{t}`", want.ty()))
                        .label(format!("this is `{t}`"))
                        .help(format!("{}; the return type comes from the function's last statement", coercion_hint(want.ty()))));
                }
                Ok(())
            }
        }
    }

    /// V8 types an assignment as its variable, not as its value: an
    /// assignment to an int variable is `int` to V8, never the `signed` or
    /// `unsigned` that a comparison, a division or a `return` of `operands`
    /// needs. Warns for each such operand (we follow the spec: the value's type).
    fn v8_assignment_type(&mut self, body: &Body, operands: &[ExprId]) {
        for &x in operands {
            let ExprKind::Assign { target, .. } = body.expr(x).kind else { continue };
            let var = self.info[target.0 as usize].ty;
            let value = self.info[x.0 as usize].ty;
            if var == Some(Ty::Int) && value.is_some_and(|t| t != Ty::Int) {
                self.diags.push(engine_refuses(
                    Engine::V8,
                    body.expr(x).span,
                    "the value of an assignment to an int variable where `signed` or `unsigned` is needed",
                    "V8 gives an assignment its variable's type (`int`), not its value's",
                    "assign first, then use the variable: `b = (a + 1)|0; if ((b|0) > 10) ...`",
                ));
            }
        }
    }

    /// 6.6 / 6.7: `switch` with distinct `signed` literal cases.
    fn validate_switch(
        &mut self,
        body: &Body,
        disc: ExprId,
        cases: &[ast::Case],
        label: Option<Sym>,
    ) -> R<()> {
        let t = self.expr(body, disc)?;
        if !t.is(Ty::Signed) {
            return Err(mismatch(
                body.expr(disc).span,
                "the value of a `switch`",
                t,
                "`signed`",
                coercion_hint(Ty::Signed),
            ));
        }
        if let Some(d) = cases.iter().position(|c| c.test.is_none())
            && d + 1 != cases.len()
        {
            return Err(Diagnostic::error(
                Code::E0181,
                cases[d + 1].span,
                "`default` must be the last clause of a switch",
            )
            .label("a clause after `default`")
            .note(cases[d].span, "`default` is here")
            .help("move `default:` to the end of the switch"));
        }
        let mut seen: FxHashMap<i64, Span> = FxHashMap::default();
        let (mut lo, mut hi) = (i64::MAX, i64::MIN);
        for c in cases {
            let Some(test) = c.test else { continue };
            let span = body.expr(test).span;
            let v = match literal(body, test) {
                Some(Ok((ty, v))) if ty.is(Ty::Signed) => v as i64,
                Some(Err(d)) => return Err(d),
                _ => {
                    return Err(Diagnostic::error(
                        Code::E0181,
                        span,
                        "a `case` label must be a `signed` integer literal",
                    )
                    .label("not a signed integer literal")
                    .help("asm.js cases are literals in [-2^31, 2^31): `case 1:`, `case -1:`"));
                }
            };
            let inner = match body.expr(test).kind {
                ExprKind::Unary { op: UnOp::Neg, arg } => Some(arg),
                _ => None,
            };
            if body.parenthesised(test) || inner.is_some_and(|a| body.parenthesised(a)) {
                self.diags.push(engine_refuses(
                    Engine::V8,
                    span,
                    "parentheses around a `case` label",
                    "V8 takes only a bare, optionally negated, integer literal",
                    "drop the parentheses: `case -2:`",
                ));
            }
            if let Some(first) = seen.insert(v, span) {
                return Err(Diagnostic::error(
                    Code::E0181,
                    span,
                    format!("`case {v}` appears twice in this switch"),
                )
                .label("again here")
                .note(first, "first here"));
            }
            (lo, hi) = (lo.min(v), hi.max(v));
        }
        if seen.len() > 1 && hi - lo >= 1 << 31 {
            return Err(Diagnostic::error(
                Code::E0181,
                body.expr(disc).span,
                format!("the cases of this switch span {lo}..={hi}, more than 2^31 values"),
            )
            .label("this switch")
            .help("asm.js requires the largest and smallest case to differ by less than 2^31"));
        }
        if seen.len() > 1 && hi - lo >= SPIDERMONKEY_MAX_SWITCH_TABLE {
            self.diags.push(engine_refuses(
                Engine::SpiderMonkey,
                body.expr(disc).span,
                "a switch whose cases span more than 10^6 values",
                "SpiderMonkey compiles every switch to a jump table of at most 10^6 entries",
                "split the switch, or test the outlying cases with `if`",
            ));
        }
        self.targets.push(Target { label, is_loop: false });
        for c in cases {
            self.block(body, &c.body);
        }
        self.targets.pop();
        Ok(())
    }

    // ---- 6.8 expressions ------------------------------------------------

    pub(crate) fn expr(&mut self, body: &Body, e: ExprId) -> R<Ty> {
        self.nested(|c| c.expr_inner(body, e))
    }

    fn expr_inner(&mut self, body: &Body, e: ExprId) -> R<Ty> {
        let ex = body.expr(e);
        match ex.kind {
            ExprKind::Num(_) => {
                let (t, _) = literal(body, e).expect("a literal")?;
                self.typed(e, t)
            }
            ExprKind::Name(s) => self.name_value(e, s, ex.span),
            ExprKind::Unary { op, arg } => self.unary(body, e, op, arg),
            ExprKind::Binary { op: BinOp::Add | BinOp::Sub, .. } => self.additive(body, e),
            ExprKind::Binary { op, lhs, rhs } => self.binary(body, e, op, lhs, rhs),
            ExprKind::Assign { target, value } => self.assign(body, e, target, value),
            ExprKind::Index { obj, index } => {
                let view = self.heap_access(body, obj, index)?;
                self.typed(e, view.load_ty())
            }
            ExprKind::Call { .. } => {
                if self.is_coerced_call(body, e) {
                    Err(Self::uncoerced_call(body, e))
                } else {
                    self.std_call(body, e)
                }
            }
            ExprKind::Cond { test, cons, alt } => {
                self.condition(body, test, "a conditional expression")?;
                let a = self.expr(body, cons)?;
                let b = self.expr(body, alt)?;
                for t in [Ty::Int, Ty::Double, Ty::Float] {
                    if a.is(t) && b.is(t) {
                        return self.typed(e, t);
                    }
                }
                Err(Diagnostic::error(Code::E0140, ex.span, format!("the arms of a conditional must both be `int`, both `double` or both `float`, found `{a}` and `{b}`"))
                    .label("arms of different types")
                    .note(body.expr(cons).span, format!("this is `{a}`"))
                    .note(body.expr(alt).span, format!("this is `{b}`"))
                    .help("coerce both arms to the same type: `x|0`, `+x` or `fround(x)`"))
            }
            ExprKind::Comma(list) => {
                let mut t = Ty::Void;
                for &x in body.list(list) {
                    t = self.expr_stmt(body, x)?;
                }
                self.typed(e, t)
            }
            ExprKind::Member { .. } => Err(Diagnostic::error(
                Code::E0132,
                ex.span,
                "property access is only allowed in global imports",
            )
            .label("a property read inside a function")
            .help("import it once at the top of the module: `var sin = stdlib.Math.sin;`")),
            ExprKind::New { .. } | ExprKind::Array(_) | ExprKind::Object(_) | ExprKind::Key(_) => {
                Err(Diagnostic::error(
                    Code::E0132,
                    ex.span,
                    "this expression is only allowed at the module level",
                )
                .label("not an asm.js expression")
                .help("views, tables and exports are declared at the top level of the module"))
            }
        }
    }

    /// 3.3 environment lookup of a name used as a value.
    fn name_value(&mut self, e: ExprId, s: Sym, span: Span) -> R<Ty> {
        if let Some(i) = self.resolve(s) {
            let t = self.locals[i as usize].ty.ty();
            self.set(e, Some(t), Res::Local(i));
            return Ok(t);
        }
        // Borrowed, not allocated: this is the hot path of every global read.
        let n = self.m.name(s);
        match self.m.global(s) {
            Some((i, GlobalKind::Var { ty, .. })) => {
                self.set(e, Some(ty.ty()), Res::Global(i));
                Ok(ty.ty())
            }
            Some((i, GlobalKind::Const(_))) => {
                self.set(e, Some(Ty::Double), Res::Global(i));
                Ok(Ty::Double)
            }
            Some((_, kind)) => {
                let what = match kind {
                    GlobalKind::Func(_) | GlobalKind::Ffi(_) | GlobalKind::Std(_) => "a function",
                    GlobalKind::View(_) => "a heap view",
                    GlobalKind::ViewCtor(_) => "a typed-array constructor",
                    GlobalKind::Table(_) => "a function table",
                    _ => "not a value",
                };
                Err(Diagnostic::error(Code::E0132, span, format!("`{n}` is {what}, not a value"))
                    .label(format!("`{n}` used as a number"))
                    .help("functions can only be called, views indexed (`H[i >> 2]`), tables called through (`t[i & m](...)`)"))
            }
            None if self.m.stdlib == Some(s)
                || self.m.foreign == Some(s)
                || self.m.heap == Some(s) =>
            {
                Err(Diagnostic::error(
                    Code::E0132,
                    span,
                    format!("module parameter `{n}` cannot be used inside a function"),
                )
                .label("not a value")
                .help("import what you need from it at the top of the module"))
            }
            None => Err(Diagnostic::error(
                Code::E0130,
                span,
                format!("cannot find `{n}` in this scope"),
            )
            .label("not a parameter, local or global")
            .help("declare it: a local with `var`, or a global at the top of the module")),
        }
    }

    fn unary(&mut self, body: &Body, e: ExprId, op: UnOp, arg: ExprId) -> R<Ty> {
        if !self.m.strict && is_negative_int_zero(body, e) {
            // Both engines read `-0` as the double literal negative zero;
            // the spec's letter makes it unary minus on the fixnum 0.
            self.typed(arg, Ty::Double)?;
            return self.typed(e, Ty::Double);
        }
        if op == UnOp::Neg
            && let Some(lit) = literal(body, e)
        {
            let (t, _) = lit?;
            self.typed(arg, t)?;
            return self.typed(e, t);
        }
        if op == UnOp::Plus && self.is_coerced_call(body, arg) {
            self.call(body, arg, RetTy::Double)?;
            return self.typed(e, Ty::Double);
        }
        // `~~x`: ToInt32 of a double or float. As in V8, `~~` is one
        // operator and takes no int: `~(~x)` is the complement twice.
        if op == UnOp::ToInt {
            let t = self.expr(body, arg)?;
            if !(t.is(Ty::Double) || t.is(Ty::FloatQ)) {
                let hint = if t.is(Ty::Intish) {
                    "`~~` converts a double or float; an int needs no conversion: write `x|0`, or `~(~x)` with parentheses"
                } else {
                    "coerce it first: `+x` or `fround(x)`"
                };
                return Err(mismatch(
                    body.expr(arg).span,
                    "the operand of `~~`",
                    t,
                    "`double` or `float?`",
                    hint,
                ));
            }
            return self.typed(e, Ty::Signed);
        }
        let t = self.expr(body, arg)?;
        let result = match op {
            UnOp::Plus
                if t.is(Ty::Signed)
                    || t.is(Ty::Unsigned)
                    || t.is(Ty::DoubleQ)
                    || t.is(Ty::FloatQ) =>
            {
                Some(Ty::Double)
            }
            UnOp::Neg if t.is(Ty::Int) => Some(Ty::Intish),
            UnOp::Neg if t.is(Ty::DoubleQ) => Some(Ty::Double),
            UnOp::Neg if t.is(Ty::FloatQ) => Some(Ty::Floatish),
            UnOp::Not if t.is(Ty::Int) => Some(Ty::Int),
            UnOp::BitNot if t.is(Ty::Intish) => Some(Ty::Signed),
            _ => None,
        };
        match result {
            Some(r) => self.typed(e, r),
            None => {
                let (want, hint) = match op {
                    UnOp::Plus => (
                        "`signed`, `unsigned`, `double?` or `float?`",
                        "coerce an intish value with `|0` first: `+(x|0)`",
                    ),
                    UnOp::Neg => ("`int`, `double?` or `float?`", "coerce the operand first"),
                    UnOp::Not => ("`int`", coercion_hint(Ty::Int)),
                    UnOp::BitNot => (
                        "`intish` (or a double or float under `~~`)",
                        "use `~~x` to convert a double or float to int",
                    ),
                    UnOp::ToInt => unreachable!("`~~` is checked above"),
                };
                Err(mismatch(
                    body.expr(arg).span,
                    &format!("the operand of unary `{}`", op.as_str()),
                    t,
                    want,
                    hint,
                ))
            }
        }
    }

    /// 8.2 `+` and `-`: int chains of up to 2^20 operands, double and float pairs.
    fn additive(&mut self, body: &Body, e: ExprId) -> R<Ty> {
        Ok(self.additive_chain(body, e)?.0)
    }

    /// An operand of an additive chain, and how many operands it adds to
    /// the chain. Both engines count an operand that is itself a `+`/`-`
    /// (parenthesised or not: `a + (b - c)`) into the chain, its intish
    /// result taken as int, as SpiderMonkey's `CheckAddOrSub` does; the
    /// spec's letter (`--strict`) wants every operand int.
    fn additive_operand(&mut self, body: &Body, x: ExprId) -> R<(Ty, u32)> {
        if !self.m.strict
            && matches!(body.expr(x).kind, ExprKind::Binary { op: BinOp::Add | BinOp::Sub, .. })
        {
            let (t, n) = self.nested(|c| c.additive_chain(body, x))?;
            return Ok((if t == Ty::Intish { Ty::Int } else { t }, n));
        }
        Ok((self.expr(body, x)?, 1))
    }

    /// [`Self::additive`], with the count of the chain's operands.
    fn additive_chain(&mut self, body: &Body, e: ExprId) -> R<(Ty, u32)> {
        // The left spine of the chain, walked iteratively: `a + b + c + ...`
        // nests to the left as deep as the chain is long.
        let mut spine = Vec::new();
        let mut cur = e;
        while let ExprKind::Binary { op: BinOp::Add | BinOp::Sub, lhs, .. } = body.expr(cur).kind {
            spine.push(cur);
            cur = lhs;
        }
        let (mut t, mut terms) = self.additive_operand(body, cur)?;
        let mut int_chain = false;
        for &node in spine.iter().rev() {
            let ExprKind::Binary { op, lhs, rhs } = body.expr(node).kind else { unreachable!() };
            let (r, n) = self.additive_operand(body, rhs)?;
            terms += n;
            let result = if (int_chain || t.is(Ty::Int)) && r.is(Ty::Int) {
                int_chain = true;
                Some(Ty::Intish)
            } else if int_chain {
                // An int chain takes int operands only.
                None
            } else if op == BinOp::Add && t.is(Ty::Double) && r.is(Ty::Double)
                || op == BinOp::Sub && t.is(Ty::DoubleQ) && r.is(Ty::DoubleQ)
            {
                if !(t.is(Ty::Double) && r.is(Ty::Double)) {
                    self.diags.push(engine_refuses(
                        Engine::V8,
                        body.expr(node).span,
                        "`-` on a `double?` operand",
                        "V8 wants `double` operands for `-` as for `+`",
                        "coerce the heap load: `+H[i >> 3] - x`",
                    ));
                }
                Some(Ty::Double)
            } else if t.is(Ty::FloatQ) && r.is(Ty::FloatQ) {
                Some(Ty::Floatish)
            } else {
                None
            };
            let Some(result) = result else {
                let lt = if int_chain { Ty::Int } else { t };
                let want = match op {
                    BinOp::Add => {
                        "`int` and `int`, `double` and `double`, or `float?` and `float?`"
                    }
                    _ => "`int` and `int`, `double?` and `double?`, or `float?` and `float?`",
                };
                let hint = if lt.is(Ty::Intish) || r.is(Ty::Intish) {
                    "coerce intish operands with `|0`; to mix int and double, convert the int with `+(x|0)`"
                } else if lt == Ty::Floatish || r == Ty::Floatish {
                    "round each float step with `fround(...)` before the next operation"
                } else {
                    "convert one operand so both have the same type: `+(x|0)`, `~~x`, `fround(x)`"
                };
                return Err(Diagnostic::error(
                    Code::E0140,
                    body.expr(node).span,
                    format!(
                        "the operands of `{}` must be {want}, found `{lt}` and `{r}`",
                        op.as_str()
                    ),
                )
                .label("operands of mismatched types")
                .note(body.expr(lhs).span, format!("this is `{lt}`"))
                .note(body.expr(rhs).span, format!("this is `{r}`"))
                .help(hint));
            };
            if terms > MAX_ADDITIVE_TERMS {
                return Err(Diagnostic::error(
                    Code::E0142,
                    body.expr(node).span,
                    format!("an int `+`/`-` chain may have at most {MAX_ADDITIVE_TERMS} operands"),
                )
                .label("this chain is longer")
                .help("coerce part of the chain with `|0` to start a new one"));
            }
            t = self.typed(node, result)?;
        }
        Ok((t, terms))
    }

    fn binary(&mut self, body: &Body, e: ExprId, op: BinOp, lhs: ExprId, rhs: ExprId) -> R<Ty> {
        // `f(...)|0`: a call coerced to signed.
        if op == BinOp::Or
            && self.is_coerced_call(body, lhs)
            && matches!(body.expr(rhs).kind, ExprKind::Num(n) if n.value == 0.0 && !n.has_dot)
        {
            self.call(body, lhs, RetTy::Signed)?;
            self.typed(rhs, Ty::Fixnum)?;
            return self.typed(e, Ty::Signed);
        }
        let a = self.expr(body, lhs)?;
        let b = self.expr(body, rhs)?;
        let both = |t: Ty| a.is(t) && b.is(t);
        use BinOp::*;
        let result = match op {
            Mul => {
                let small = |x: ExprId, t: Ty| {
                    t.is(Ty::Int)
                        && matches!(literal(body, x), Some(Ok((lt, v))) if lt != Ty::Double && v.abs() < MUL_LITERAL_BOUND)
                };
                if (small(lhs, a) && b.is(Ty::Int)) || (small(rhs, b) && a.is(Ty::Int)) {
                    Some(Ty::Intish)
                } else if both(Ty::DoubleQ) {
                    Some(Ty::Double)
                } else if both(Ty::FloatQ) {
                    Some(Ty::Floatish)
                } else if both(Ty::Int) {
                    return Err(Diagnostic::error(Code::E0141, body.expr(e).span, "int `*` needs one operand to be a literal smaller than 2^20 in magnitude")
                        .label("a product of two int values")
                        .help("use `Math.imul(a, b)|0` (imported as `var imul = stdlib.Math.imul;`) to multiply two ints"));
                } else {
                    None
                }
            }
            Div | Rem => {
                if both(Ty::Signed) || both(Ty::Unsigned) {
                    self.v8_assignment_type(body, &[lhs, rhs]);
                    Some(Ty::Intish)
                } else if both(Ty::DoubleQ) {
                    Some(Ty::Double)
                } else if op == Div && both(Ty::FloatQ) {
                    Some(Ty::Floatish)
                } else {
                    None
                }
            }
            Or | And | Xor | Shl | Shr if both(Ty::Intish) => Some(Ty::Signed),
            ShrU if both(Ty::Intish) => Some(Ty::Unsigned),
            Or | And | Xor | Shl | Shr | ShrU => None,
            Lt | Le | Gt | Ge | Eq | Ne => {
                if both(Ty::Signed) || both(Ty::Unsigned) || both(Ty::Double) || both(Ty::Float) {
                    self.v8_assignment_type(body, &[lhs, rhs]);
                    Some(Ty::Int)
                } else {
                    None
                }
            }
            Add | Sub => unreachable!("additive chains are checked apart"),
        };
        match result {
            Some(t) => self.typed(e, t),
            None => {
                let (want, hint) = match op {
                    Mul => (
                        "`double?` and `double?`, `float?` and `float?`, or `int` and a small int literal",
                        "use `Math.imul` for ints; convert mixed operands",
                    ),
                    Div | Rem => (
                        if op == Div {
                            "`signed` and `signed`, `unsigned` and `unsigned`, `double?` and `double?`, or `float?` and `float?`"
                        } else {
                            "`signed` and `signed`, `unsigned` and `unsigned`, or `double?` and `double?`"
                        },
                        "coerce both operands the same way: `(a|0) / (b|0)`, `(a>>>0) / (b>>>0)` or `+a / +b`",
                    ),
                    Lt | Le | Gt | Ge | Eq | Ne => (
                        "both `signed`, both `unsigned`, both `double` or both `float`",
                        "coerce both operands the same way: `(a|0) < (b|0)`, `(a>>>0) < (b>>>0)`, `+a < +b`",
                    ),
                    _ => ("`intish`", "convert a double or float to int with `~~x`"),
                };
                Err(Diagnostic::error(
                    Code::E0140,
                    body.expr(e).span,
                    format!(
                        "the operands of `{}` must be {want}, found `{a}` and `{b}`",
                        op.as_str()
                    ),
                )
                .label("operands of mismatched types")
                .note(body.expr(lhs).span, format!("this is `{a}`"))
                .note(body.expr(rhs).span, format!("this is `{b}`"))
                .help(hint))
            }
        }
    }

    /// 6.8 assignment: to a variable or a heap element.
    fn assign(&mut self, body: &Body, e: ExprId, target: ExprId, value: ExprId) -> R<Ty> {
        let tex = body.expr(target);
        match tex.kind {
            ExprKind::Name(s) => {
                let (ty, res) = if let Some(i) = self.resolve(s) {
                    (self.locals[i as usize].ty, Res::Local(i))
                } else {
                    match self.m.global(s) {
                        Some((i, GlobalKind::Var { ty, mutable: true, .. })) => {
                            (ty, Res::Global(i))
                        }
                        Some((_, GlobalKind::Var { mutable: false, .. })) => {
                            let n = self.name(s).to_string();
                            return Err(Diagnostic::error(
                                Code::E0131,
                                tex.span,
                                format!("cannot assign to `{n}`: it is a `const`"),
                            )
                            .label("immutable")
                            .help(format!("declare `{n}` with `var` to assign it")));
                        }
                        Some((_, _)) => {
                            let n = self.name(s).to_string();
                            return Err(Diagnostic::error(Code::E0131, tex.span, format!("cannot assign to `{n}`: it is an import, a function or a view"))
                                .label("immutable")
                                .help("only parameters, locals and global variables declared with a literal or a foreign value can be assigned"));
                        }
                        None => return self.name_value(target, s, tex.span),
                    }
                };
                self.set(target, Some(ty.ty()), res);
                let t = self.expr(body, value)?;
                if !t.is(ty.ty()) {
                    let n = self.name(s).to_string();
                    return Err(Diagnostic::error(
                        Code::E0140,
                        body.expr(value).span,
                        format!(
                            "`{n}` is `{}`, the value assigned to it is `{t}`",
                            var_ty_name(ty)
                        ),
                    )
                    .label(format!("this is `{t}`"))
                    .note(tex.span, format!("`{}`", var_ty_name(ty)))
                    .help(coercion_hint(ty.ty()).to_string()));
                }
                self.typed(e, t)
            }
            ExprKind::Index { obj, index } => {
                let view = self.heap_access(body, obj, index)?;
                self.set(target, None, Res::None);
                let t = self.expr(body, value)?;
                let ok = match view {
                    View::F32 => t.is(Ty::Floatish) || t.is(Ty::DoubleQ),
                    View::F64 => t.is(Ty::FloatQ) || t.is(Ty::DoubleQ),
                    _ => t.is(Ty::Intish),
                };
                if !ok {
                    let want = match view {
                        View::F32 => "`floatish` or `double?`",
                        View::F64 => "`float?` or `double?`",
                        _ => "`intish`",
                    };
                    let hint = match view {
                        View::F32 | View::F64 => "convert an int with `+(x|0)` or `fround(x|0)`",
                        _ => "convert a double or float with `~~x`",
                    };
                    return Err(mismatch(
                        body.expr(value).span,
                        &format!("a value stored into a {}", view.name()),
                        t,
                        want,
                        hint,
                    ));
                }
                self.typed(e, t)
            }
            _ => Err(Diagnostic::error(Code::E0131, tex.span, "cannot assign to this expression")
                .label("not a variable or heap element")
                .help("assign to a variable or a heap element `H[i >> k]`")),
        }
    }

    /// 6.10 `ValidateHeapAccess`: `H[n]`, `H[e >> k]`, byte views `H[e]`.
    fn heap_access(&mut self, body: &Body, obj: ExprId, index: ExprId) -> R<View> {
        let oex = body.expr(obj);
        let view = match oex.kind {
            ExprKind::Name(s) if self.resolve(s).is_none() => match self.m.global(s) {
                Some((i, GlobalKind::View(v))) => {
                    self.set(obj, None, Res::Global(i));
                    Some(v)
                }
                Some((_, GlobalKind::Table(_))) => {
                    return Err(Diagnostic::error(
                        Code::E0171,
                        oex.span,
                        "a function table can only be called",
                    )
                    .label("a table read as a value")
                    .help("call through it: `t[i & mask](args)`"));
                }
                _ => None,
            },
            _ => None,
        };
        let Some(view) = view else {
            return Err(Diagnostic::error(Code::E0160, oex.span, "only heap views can be indexed")
                .label("not a heap view")
                .help("declare a view at the top of the module: `var H32 = new stdlib.Int32Array(heap);`"));
        };
        let k = view.shift();
        if let Some(lit) = literal(body, index) {
            let (t, v) = lit?;
            if t == Ty::Double || v < 0.0 || v * f64::from(1u32 << k) > 2147483647.0 {
                return Err(Diagnostic::error(
                    Code::E0161,
                    body.expr(index).span,
                    format!(
                        "a constant index into {} must be an int literal with index * {} < 2^31",
                        view.name(),
                        1 << k
                    ),
                )
                .label("out of range")
                .help("use a smaller index"));
            }
            self.typed(index, t)?;
            return Ok(view);
        }
        let iex = body.expr(index);
        if let ExprKind::Binary { op: BinOp::Shr, lhs, rhs } = iex.kind
            && let Some(Ok((_, n))) = literal(body, rhs)
        {
            if k > 0 && (body.parenthesised(index) || body.parenthesised(rhs)) {
                self.diags.push(engine_refuses(
                    Engine::V8,
                    iex.span,
                    "parentheses around a heap index or its shift amount",
                    "V8 wants the index written `e >> n`, with a bare `n`",
                    "drop the parentheses: `H[e >> 2]`",
                ));
            }
            if k == 0 && n != 0.0 {
                self.diags.push(engine_refuses(
                    Engine::SpiderMonkey,
                    body.expr(rhs).span,
                    "a byte-view index shifted by other than 0",
                    "SpiderMonkey takes `H8[e >> 0]` or an unshifted int, not another shift",
                    "coerce the index instead: `H8[(e >> 1)|0]`",
                ));
            }
            if n == f64::from(k) {
                let t = self.expr(body, lhs)?;
                if !t.is(Ty::Intish) {
                    return Err(mismatch(
                        body.expr(lhs).span,
                        "a heap index",
                        t,
                        "`intish`",
                        "convert a double or float with `~~x`",
                    ));
                }
                self.typed(rhs, Ty::Fixnum)?;
                self.typed(index, Ty::Signed)?;
                return Ok(view);
            }
            if k > 0 {
                return Err(Diagnostic::error(
                    Code::E0160,
                    body.expr(rhs).span,
                    format!("an index into {} must be shifted by {k}, not {n}", view.name()),
                )
                .label(format!("must be {k}: log2 of the element size {}", 1 << k))
                .help(format!("write `H[i >> {k}]` where `i` is a byte offset")));
            }
        }
        if k > 0 {
            return Err(Diagnostic::error(
                Code::E0160,
                iex.span,
                format!("an index into {} must have the form `e >> {k}`", view.name()),
            )
            .label("not shifted")
            .help(format!("write `H[(i) >> {k}]` where `i` is a byte offset")));
        }
        let t = self.expr(body, index)?;
        if !t.is(Ty::Intish) {
            return Err(mismatch(
                iex.span,
                "a heap index",
                t,
                "`intish`",
                "convert a double or float with `~~x`",
            ));
        }
        if !t.is(Ty::Int) {
            self.diags.push(engine_refuses(
                Engine::SpiderMonkey,
                iex.span,
                "an `intish` byte-view index",
                "SpiderMonkey wants an unshifted byte index to be `int`",
                "coerce it: `H8[(i + 1)|0]`",
            ));
        }
        Ok(view)
    }

    // ---- 6.9 calls ------------------------------------------------------

    /// A call whose result type comes from its coercion: to a function of the
    /// module, a foreign function, or through a table.
    fn is_coerced_call(&self, body: &Body, e: ExprId) -> bool {
        let ExprKind::Call { callee, .. } = body.expr(e).kind else { return false };
        match body.expr(callee).kind {
            ExprKind::Name(s) if self.resolve(s).is_none() => {
                matches!(self.m.global(s), Some((_, GlobalKind::Func(_) | GlobalKind::Ffi(_))))
            }
            ExprKind::Index { obj, .. } => {
                matches!(body.expr(obj).kind, ExprKind::Name(s) if self.resolve(s).is_none() && matches!(self.m.global(s), Some((_, GlobalKind::Table(_)))))
            }
            _ => false,
        }
    }

    fn uncoerced_call(body: &Body, e: ExprId) -> Diagnostic {
        Diagnostic::error(Code::E0150, body.expr(e).span, "this call must be coerced to its return type")
            .label("an uncoerced call")
            .help("write `f(...)|0` for signed, `+f(...)` for double, `fround(f(...))` for float, or call it as a statement for void")
    }

    fn args(&mut self, body: &Body, args: &[ExprId]) -> R<Vec<Ty>> {
        args.iter().map(|&a| self.expr(body, a)).collect()
    }

    /// `what` names the callee; it is only built for an error.
    fn check_args(
        body: &Body,
        call: ExprId,
        args: &[ExprId],
        tys: &[Ty],
        sig: &Sig,
        what: &dyn Fn() -> String,
    ) -> R<()> {
        if args.len() != sig.params.len() {
            return Err(Diagnostic::error(
                Code::E0153,
                body.expr(call).span,
                format!("{} takes {} argument(s), {} given", what(), sig.params.len(), args.len()),
            )
            .label(format!("its type is `{sig}`"))
            .help("pass exactly one argument per parameter"));
        }
        for ((&a, &t), &p) in args.iter().zip(tys).zip(&sig.params) {
            if !t.is(p.ty()) {
                return Err(Diagnostic::error(
                    Code::E0151,
                    body.expr(a).span,
                    format!("this argument must be `{}`, found `{t}`", var_ty_name(p)),
                )
                .label(format!("this is `{t}`"))
                .help(format!(
                    "{}; {} has type `{sig}`",
                    coercion_hint(p.ty()),
                    what()
                )));
            }
        }
        Ok(())
    }

    /// 6.9 `ValidateCall` of a call coerced to `ret`.
    fn call(&mut self, body: &Body, e: ExprId, ret: RetTy) -> R<Ty> {
        let ExprKind::Call { callee, args } = body.expr(e).kind else { unreachable!() };
        let args = body.list(args);
        let cex = body.expr(callee);
        check_arg_count(body, e, args)?;
        let tys = self.args(body, args)?;
        let disagree = |what: String, sig: &Sig| {
            Diagnostic::error(
                Code::E0152,
                body.expr(e).span,
                format!(
                    "{what} returns `{}`, but this call is coerced to `{}`",
                    sig.ret.ty(),
                    ret.ty()
                ),
            )
            .label(format!("coerced to `{}`", ret.ty()))
            .help(format!(
                "coerce the call the way the function returns: {}",
                match sig.ret {
                    RetTy::Signed => "`f(...)|0`",
                    RetTy::Double => "`+f(...)`",
                    RetTy::Float => "`fround(f(...))`",
                    RetTy::Void => "as a statement `f(...);`",
                }
            ))
        };
        match cex.kind {
            ExprKind::Name(s) => match self.m.global(s) {
                Some((i, GlobalKind::Func(f))) => {
                    self.set(callee, None, Res::Global(i));
                    let sig = &self.m.sigs[f as usize];
                    let what = || format!("function `{}`", self.name(s));
                    Self::check_args(body, e, args, &tys, sig, &what)?;
                    if sig.ret != ret {
                        return Err(disagree(what(), sig));
                    }
                }
                Some((i, GlobalKind::Ffi(name))) => {
                    self.set(callee, None, Res::Global(i));
                    for (&a, &t) in args.iter().zip(&tys) {
                        if !t.is(Ty::Extern) {
                            return Err(mismatch(
                                body.expr(a).span,
                                "an argument to a foreign function",
                                t,
                                "`extern` (`signed` or `double`)",
                                "coerce it with `x|0` or `+x`",
                            ));
                        }
                    }
                    if ret == RetTy::Float {
                        return Err(Diagnostic::error(
                            Code::E0154,
                            body.expr(e).span,
                            "a foreign function cannot return a float",
                        )
                        .label("coerced to `float`")
                        .help("coerce the call to double and round it: `fround(+ffi(...))`"));
                    }
                    let signed = tys.iter().map(|t| t.is(Ty::Signed)).collect();
                    let import = ForeignImport { name, signed, ret };
                    if !self.seen_imports.contains(&import) {
                        self.seen_imports.insert(import.clone());
                        self.imports.push((import, body.expr(e).span));
                    }
                }
                _ => unreachable!("is_coerced_call"),
            },
            ExprKind::Index { obj, index } => {
                let ExprKind::Name(s) = body.expr(obj).kind else { unreachable!() };
                let Some((i, GlobalKind::Table(t))) = self.m.global(s) else { unreachable!() };
                self.set(obj, None, Res::Global(i));
                let table = &self.m.tables[t as usize];
                let mask = table.funcs.len() as f64 - 1.0;
                let ok_mask = match body.expr(index).kind {
                    ExprKind::Binary { op: BinOp::And, lhs, rhs } => match literal(body, rhs) {
                        Some(Ok((lt, v))) if lt != Ty::Double && v == mask => {
                            let it = self.expr(body, lhs)?;
                            if !it.is(Ty::Intish) {
                                return Err(mismatch(
                                    body.expr(lhs).span,
                                    "a table index",
                                    it,
                                    "`intish`",
                                    coercion_hint(Ty::Int),
                                ));
                            }
                            self.typed(rhs, Ty::Fixnum)?;
                            self.typed(index, Ty::Signed)?;
                            true
                        }
                        _ => false,
                    },
                    _ => false,
                };
                if !ok_mask {
                    return Err(Diagnostic::error(
                        Code::E0171,
                        body.expr(index).span,
                        format!(
                            "a call through table `{}` must index it with `i & {mask}`",
                            self.name(s)
                        ),
                    )
                    .label(format!("the table has {} entries", table.funcs.len()))
                    .help(format!("write `{}[i & {mask}](...)`", self.name(s))));
                }
                if body.parenthesised(index) {
                    self.diags.push(engine_refuses(
                        Engine::V8,
                        body.expr(index).span,
                        "parentheses around a table index",
                        "V8 wants the index written `i & mask`, bare",
                        "drop the parentheses: `t[i & 3](...)`",
                    ));
                }
                let table = &self.m.tables[t as usize];
                let sig = &table.sig;
                let what = || format!("table `{}`", self.name(s));
                Self::check_args(body, e, args, &tys, sig, &what)?;
                if sig.ret != ret {
                    return Err(disagree(what(), sig));
                }
            }
            _ => unreachable!("is_coerced_call"),
        }
        self.typed(e, ret.ty())
    }

    /// Section 9: a call to a stdlib function, typed by its overloads.
    fn std_call(&mut self, body: &Body, e: ExprId) -> R<Ty> {
        let ex = body.expr(e);
        let ExprKind::Call { callee, args } = ex.kind else { unreachable!() };
        let args = body.list(args);
        let cex = body.expr(callee);
        let f = match cex.kind {
            ExprKind::Name(s) if self.resolve(s).is_none() => match self.m.global(s) {
                Some((i, GlobalKind::Std(f))) => {
                    self.set(callee, None, Res::Global(i));
                    Some(f)
                }
                _ => None,
            },
            _ => None,
        };
        let Some(f) = f else {
            let label = match cex.kind {
                ExprKind::Name(s) if self.resolve(s).is_some() => {
                    "a local variable, not a function"
                }
                ExprKind::Name(s) if self.m.global(s).is_none() => "not declared",
                ExprKind::Member { .. } => "stdlib functions must be imported into a global first",
                _ => "not a function",
            };
            return Err(Diagnostic::error(Code::E0150, cex.span, "only functions of the module, foreign functions, stdlib functions and tables can be called")
                .label(label)
                .help("import stdlib functions at the top of the module: `var sqrt = stdlib.Math.sqrt;`"));
        };
        check_arg_count(body, e, args)?;
        use StdFn::*;
        // `fround(f(...))` coerces a call to float.
        if f == Fround && args.len() == 1 && self.is_coerced_call(body, args[0]) {
            self.call(body, args[0], RetTy::Float)?;
            return self.typed(e, Ty::Float);
        }
        let tys = self.args(body, args)?;
        let all = |t: Ty| tys.iter().all(|a| a.is(t));
        let (arity_ok, result, overloads) = match f {
            Acos | Asin | Atan | Cos | Sin | Tan | Exp | Log => {
                (tys.len() == 1, all(Ty::DoubleQ).then_some(Ty::Double), "(double?) -> double")
            }
            Ceil | Floor | Sqrt => (
                tys.len() == 1,
                if all(Ty::DoubleQ) {
                    Some(Ty::Double)
                } else if all(Ty::FloatQ) {
                    Some(Ty::Float)
                } else {
                    None
                },
                "(double?) -> double, (float?) -> float",
            ),
            Abs => (
                tys.len() == 1,
                if all(Ty::Signed) {
                    Some(Ty::Unsigned)
                } else if all(Ty::DoubleQ) {
                    Some(Ty::Double)
                } else if all(Ty::FloatQ) {
                    Some(Ty::Float)
                } else {
                    None
                },
                "(signed) -> unsigned, (double?) -> double, (float?) -> float",
            ),
            Min | Max => (
                tys.len() >= 2,
                if all(Ty::Signed) {
                    Some(Ty::Signed)
                } else if all(Ty::Double) {
                    Some(Ty::Double)
                } else if all(Ty::Float) && !self.m.strict {
                    // Both engines take floats (the spec has no float overload).
                    Some(Ty::Float)
                } else {
                    None
                },
                if self.m.strict {
                    "(signed, signed...) -> signed, (double, double...) -> double"
                } else {
                    "(signed, signed...) -> signed, (double, double...) -> double, (float, float...) -> float"
                },
            ),
            Atan2 | Pow => (
                tys.len() == 2,
                all(Ty::DoubleQ).then_some(Ty::Double),
                "(double?, double?) -> double",
            ),
            Imul => (tys.len() == 2, all(Ty::Int).then_some(Ty::Signed), "(int, int) -> signed"),
            Clz32 => (tys.len() == 1, all(Ty::Int).then_some(Ty::Fixnum), "(int) -> fixnum"),
            Fround => (
                tys.len() == 1,
                tys.iter()
                    .all(|&t| {
                        t.is(Ty::Floatish)
                            || t.is(Ty::DoubleQ)
                            || t.is(Ty::Signed)
                            || t.is(Ty::Unsigned)
                    })
                    .then_some(Ty::Float),
                "(floatish) -> float, (double?) -> float, (signed) -> float, (unsigned) -> float",
            ),
        };
        let found: Vec<String> = tys.iter().map(std::string::ToString::to_string).collect();
        if !arity_ok {
            return Err(Diagnostic::error(
                Code::E0153,
                ex.span,
                format!("`Math.{}` called with {} argument(s)", f.name(), tys.len()),
            )
            .label(format!("`({})`", found.join(", ")))
            .help(format!("`Math.{}` has the types {overloads}", f.name())));
        }
        match result {
            Some(t) => self.typed(e, t),
            None => Err(Diagnostic::error(
                Code::E0155,
                ex.span,
                format!("no overload of `Math.{}` takes `({})`", f.name(), found.join(", ")),
            )
            .label(format!("called with `({})`", found.join(", ")))
            .help(format!(
                "`Math.{}` has the types {overloads}; coerce the arguments to match",
                f.name()
            ))),
        }
    }
}

// ---- limits (`crate::limits`) -------------------------------------------

/// A body of more than [`limits::MAX_FUNCTION_NODES`] expression nodes.
#[cold]
fn too_large(name: &str, span: Span, nodes: usize) -> Diagnostic {
    Diagnostic::error(
        Code::E0206,
        span,
        format!(
            "function `{name}` is too large: {} expression nodes, more than {}",
            thousands(nodes),
            thousands(limits::MAX_FUNCTION_NODES)
        ),
    )
    .label("this function")
    .help(format!(
        "V8 and wasm take function bodies of at most {} bytes, and a node takes about two; split the function in several",
        thousands(limits::WASM_MAX_FUNCTION_SIZE)
    ))
}

/// A parameter past [`limits::MAX_PARAMS`].
#[cold]
fn too_many_params(name: &str, fspan: Span, span: Span, count: usize) -> Diagnostic {
    Diagnostic::error(
        Code::E0200,
        span,
        format!(
            "function `{name}` has {} parameters, more than {}",
            thousands(count),
            thousands(limits::MAX_PARAMS)
        ),
    )
    .label(format!("parameter {}", thousands(limits::MAX_PARAMS + 1)))
    .note(fspan, "this function")
    .help(format!(
        "V8 and wasm take at most {} parameters; pass the rest through the heap",
        thousands(limits::MAX_PARAMS)
    ))
}

/// A local past [`limits::MAX_LOCALS`].
#[cold]
fn too_many_locals(name: &str, fspan: Span, span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::E0201,
        span,
        format!(
            "function `{name}` has more than {} parameters and locals",
            thousands(limits::MAX_LOCALS)
        ),
    )
    .label(format!("local {}", thousands(limits::MAX_LOCALS + 1)))
    .note(fspan, "this function")
    .help(format!(
        "wasm and SpiderMonkey take at most {} locals, parameters included; reuse locals, or keep values in the heap",
        thousands(limits::MAX_LOCALS)
    ))
}

/// A call of more than [`limits::MAX_CALL_ARGS`] arguments.
fn check_arg_count(body: &Body, call: ExprId, args: &[ExprId]) -> R<()> {
    match args.get(limits::MAX_CALL_ARGS) {
        None => Ok(()),
        Some(&a) => Err(too_many_args(body.expr(call).span, body.expr(a).span, args.len())),
    }
}

#[cold]
fn too_many_args(call: Span, span: Span, count: usize) -> Diagnostic {
    Diagnostic::error(
        Code::E0207,
        span,
        format!(
            "this call passes {} arguments, more than {}",
            thousands(count),
            thousands(limits::MAX_CALL_ARGS)
        ),
    )
    .label(format!("argument {}", thousands(limits::MAX_CALL_ARGS + 1)))
    .note(call, "the call")
    .help(format!(
        "V8 and wasm take at most {} arguments in a call; pass the rest through the heap",
        thousands(limits::MAX_CALL_ARGS)
    ))
}
