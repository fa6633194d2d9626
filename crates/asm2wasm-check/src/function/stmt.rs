//! 6.5 `ValidateStatement`: statements, `switch`, labels and their targets.

use super::*;

impl FunctionChecker<'_, '_> {
    pub(super) fn stmt(&mut self, body: &Body, s: StmtId) -> R<()> {
        self.nested(|c| c.stmt_inner(body, s))
    }

    pub(super) fn block(&mut self, body: &Body, stmts: &[StmtId]) {
        for &s in stmts {
            if let Err(d) = self.stmt(body, s) {
                self.diags.push(d);
            }
        }
    }

    pub(super) fn condition(&mut self, body: &Body, e: ExprId, what: &str) -> R<()> {
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

    pub(super) fn looped(&mut self, body: &Body, label: Option<Sym>, s: StmtId) -> R<()> {
        self.targets.push(Target { label, is_loop: true });
        let r = self.stmt(body, s);
        self.targets.pop();
        r
    }

    pub(super) fn stmt_inner(&mut self, body: &Body, s: StmtId) -> R<()> {
        let stmt = body.stmt(s);
        self.stmt_labelled(body, stmt, None)
    }

    pub(super) fn stmt_labelled(
        &mut self,
        body: &Body,
        stmt: &ast::Stmt,
        label: Option<Sym>,
    ) -> R<()> {
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
    pub(super) fn expr_stmt(&mut self, body: &Body, e: ExprId) -> R<Ty> {
        if self.is_coerced_call(body, e) {
            self.call(body, e, RetTy::Void)
        } else {
            self.expr(body, e)
        }
    }

    pub(super) fn jump(
        &mut self,
        label: Option<ast::Name>,
        span: Span,
        is_continue: bool,
    ) -> R<()> {
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
    pub(super) fn validate_return(
        &mut self,
        body: &Body,
        span: Span,
        value: Option<ExprId>,
    ) -> R<()> {
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
    pub(super) fn v8_assignment_type(&mut self, body: &Body, operands: &[ExprId]) {
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
    pub(super) fn validate_switch(
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
}
