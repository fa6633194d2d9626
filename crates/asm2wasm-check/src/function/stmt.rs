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
            return Err(diagnostics::condition_not_int(body.expr(e).span, what, t));
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
                Err(diagnostics::var_not_at_top(stmt.span, span))
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
            (Some(false), Some(l)) => {
                Err(diagnostics::continue_not_loop_label(l.span, self.name(l.sym)))
            }
            (None, Some(l)) => {
                Err(diagnostics::unknown_label(l.span, self.name(l.sym), is_continue))
            }
            _ => Err(diagnostics::jump_outside_target(span, is_continue)),
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
            None => Err(diagnostics::return_without_value(span, want)),
            Some(e) => {
                let t = if self.is_coerced_call(body, e) {
                    // `return f()` alone: the call has no coercion.
                    return Err(diagnostics::uncoerced_call(body.expr(e).span));
                } else {
                    self.expr(body, e)?
                };
                if want == RetTy::Void {
                    return Err(diagnostics::return_value_in_void(body.expr(e).span, t));
                }
                self.v8_assignment_type(body, &[e]);
                if !t.is(want.ty()) {
                    return Err(diagnostics::return_type_differs(body.expr(e).span, want.ty(), t));
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
                self.diags.push(diagnostics::assignment_typed_as_variable(body.expr(x).span));
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
            return Err(diagnostics::switch_not_signed(body.expr(disc).span, t));
        }
        if let Some(d) = cases.iter().position(|c| c.test.is_none())
            && d + 1 != cases.len()
        {
            return Err(diagnostics::default_not_last(cases[d + 1].span, cases[d].span));
        }
        let mut seen: FxHashMap<i64, Span> = FxHashMap::default();
        let (mut lo, mut hi) = (i64::MAX, i64::MIN);
        for c in cases {
            let Some(test) = c.test else { continue };
            let span = body.expr(test).span;
            let v = match literal(body, test) {
                Some(Ok((ty, v))) if ty.is(Ty::Signed) => v as i64,
                Some(Err(d)) => return Err(d),
                _ => return Err(diagnostics::case_not_signed_literal(span)),
            };
            let inner = match body.expr(test).kind {
                ExprKind::Unary { op: UnOp::Neg, arg } => Some(arg),
                _ => None,
            };
            if body.parenthesised(test) || inner.is_some_and(|a| body.parenthesised(a)) {
                self.diags.push(diagnostics::case_parenthesised(span));
            }
            if let Some(first) = seen.insert(v, span) {
                return Err(diagnostics::case_twice(span, v, first));
            }
            (lo, hi) = (lo.min(v), hi.max(v));
        }
        if seen.len() > 1 && hi - lo >= 1 << 31 {
            return Err(diagnostics::switch_range_too_wide(body.expr(disc).span, lo, hi));
        }
        if seen.len() > 1 && hi - lo >= SPIDERMONKEY_MAX_SWITCH_TABLE {
            self.diags.push(diagnostics::switch_table_too_large(body.expr(disc).span));
        }
        self.targets.push(Target { label, is_loop: false });
        for c in cases {
            self.block(body, &c.body);
        }
        self.targets.pop();
        Ok(())
    }
}
