//! 6.8 `ValidateExpression` and 6.10 heap accesses: the operator types of section 8.

use super::*;

impl FunctionChecker<'_, '_> {
    pub(crate) fn expr(&mut self, body: &Body, e: ExprId) -> R<Ty> {
        self.nested(|c| c.expr_inner(body, e))
    }

    pub(super) fn expr_inner(&mut self, body: &Body, e: ExprId) -> R<Ty> {
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
                    Err(diagnostics::uncoerced_call(ex.span))
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
                Err(diagnostics::conditional_arms_differ(
                    ex.span,
                    body.expr(cons).span,
                    a,
                    body.expr(alt).span,
                    b,
                ))
            }
            ExprKind::Comma(list) => {
                let mut t = Ty::Void;
                for &x in body.list(list) {
                    t = self.expr_stmt(body, x)?;
                }
                self.typed(e, t)
            }
            ExprKind::Member { .. } => Err(diagnostics::property_access_in_function(ex.span)),
            ExprKind::New { .. } | ExprKind::Array(_) | ExprKind::Object(_) | ExprKind::Key(_) => {
                Err(diagnostics::module_level_expression(ex.span))
            }
        }
    }

    /// 3.3 environment lookup of a name used as a value.
    pub(super) fn name_value(&mut self, e: ExprId, s: Sym, span: Span) -> R<Ty> {
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
            Some((_, kind)) => Err(diagnostics::not_a_value(span, n, kind)),
            None if self.m.stdlib == Some(s)
                || self.m.foreign == Some(s)
                || self.m.heap == Some(s) =>
            {
                Err(diagnostics::module_param_in_function(span, n))
            }
            None => Err(diagnostics::unknown_name(span, n)),
        }
    }

    pub(super) fn unary(&mut self, body: &Body, e: ExprId, op: UnOp, arg: ExprId) -> R<Ty> {
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
                return Err(diagnostics::to_int_operand(body.expr(arg).span, t));
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
            None => Err(diagnostics::unary_operand(body.expr(arg).span, op, t)),
        }
    }

    /// 8.2 `+` and `-`: int chains of up to 2^20 operands, double and float pairs.
    pub(super) fn additive(&mut self, body: &Body, e: ExprId) -> R<Ty> {
        Ok(self.additive_chain(body, e)?.0)
    }

    /// An operand of an additive chain, and how many operands it adds to
    /// the chain. Both engines count an operand that is itself a `+`/`-`
    /// (parenthesised or not: `a + (b - c)`) into the chain, its intish
    /// result taken as int, as SpiderMonkey's `CheckAddOrSub` does; the
    /// spec's letter (`--strict`) wants every operand int.
    pub(super) fn additive_operand(&mut self, body: &Body, x: ExprId) -> R<(Ty, u32)> {
        if !self.m.strict
            && matches!(body.expr(x).kind, ExprKind::Binary { op: BinOp::Add | BinOp::Sub, .. })
        {
            let (t, n) = self.nested(|c| c.additive_chain(body, x))?;
            return Ok((if t == Ty::Intish { Ty::Int } else { t }, n));
        }
        Ok((self.expr(body, x)?, 1))
    }

    /// [`Self::additive`], with the count of the chain's operands.
    pub(super) fn additive_chain(&mut self, body: &Body, e: ExprId) -> R<(Ty, u32)> {
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
                    self.diags.push(diagnostics::sub_double_maybe(body.expr(node).span));
                }
                Some(Ty::Double)
            } else if t.is(Ty::FloatQ) && r.is(Ty::FloatQ) {
                Some(Ty::Floatish)
            } else {
                None
            };
            let Some(result) = result else {
                let lt = if int_chain { Ty::Int } else { t };
                return Err(diagnostics::additive_operands(
                    body.expr(node).span,
                    op,
                    body.expr(lhs).span,
                    lt,
                    body.expr(rhs).span,
                    r,
                ));
            };
            if terms > MAX_ADDITIVE_TERMS {
                return Err(diagnostics::additive_chain_too_long(body.expr(node).span));
            }
            t = self.typed(node, result)?;
        }
        Ok((t, terms))
    }

    pub(super) fn binary(
        &mut self,
        body: &Body,
        e: ExprId,
        op: BinOp,
        lhs: ExprId,
        rhs: ExprId,
    ) -> R<Ty> {
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
                    return Err(diagnostics::int_product(body.expr(e).span));
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
            None => Err(diagnostics::binary_operands(
                body.expr(e).span,
                op,
                body.expr(lhs).span,
                a,
                body.expr(rhs).span,
                b,
            )),
        }
    }

    /// 6.8 assignment: to a variable or a heap element.
    pub(super) fn assign(
        &mut self,
        body: &Body,
        e: ExprId,
        target: ExprId,
        value: ExprId,
    ) -> R<Ty> {
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
                            return Err(diagnostics::assign_to_const(tex.span, self.name(s)));
                        }
                        Some((_, _)) => {
                            return Err(diagnostics::assign_to_immutable(tex.span, self.name(s)));
                        }
                        None => return self.name_value(target, s, tex.span),
                    }
                };
                self.set(target, Some(ty.ty()), res);
                let t = self.expr(body, value)?;
                if !t.is(ty.ty()) {
                    return Err(diagnostics::assigned_type_differs(
                        body.expr(value).span,
                        self.name(s),
                        ty,
                        tex.span,
                        t,
                    ));
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
                    return Err(diagnostics::heap_store_mismatch(body.expr(value).span, view, t));
                }
                self.typed(e, t)
            }
            _ => Err(diagnostics::invalid_assign_target(tex.span)),
        }
    }

    /// 6.10 `ValidateHeapAccess`: `H[n]`, `H[e >> k]`, byte views `H[e]`.
    pub(super) fn heap_access(&mut self, body: &Body, obj: ExprId, index: ExprId) -> R<View> {
        let oex = body.expr(obj);
        let view = match oex.kind {
            ExprKind::Name(s) if self.resolve(s).is_none() => match self.m.global(s) {
                Some((i, GlobalKind::View(v))) => {
                    self.set(obj, None, Res::Global(i));
                    Some(v)
                }
                Some((_, GlobalKind::Table(_))) => {
                    return Err(diagnostics::table_not_called(oex.span));
                }
                _ => None,
            },
            _ => None,
        };
        let Some(view) = view else {
            return Err(diagnostics::not_a_view(oex.span));
        };
        let k = view.shift();
        if let Some(lit) = literal(body, index) {
            let (t, v) = lit?;
            if t == Ty::Double || v < 0.0 || v * f64::from(1u32 << k) > 2147483647.0 {
                return Err(diagnostics::constant_index_out_of_range(body.expr(index).span, view));
            }
            self.typed(index, t)?;
            return Ok(view);
        }
        let iex = body.expr(index);
        if let ExprKind::Binary { op: BinOp::Shr, lhs, rhs } = iex.kind
            && let Some(Ok((_, n))) = literal(body, rhs)
        {
            if k > 0 && (body.parenthesised(index) || body.parenthesised(rhs)) {
                self.diags.push(diagnostics::heap_index_parenthesised(iex.span));
            }
            if k == 0 && n != 0.0 {
                self.diags.push(diagnostics::byte_view_shifted(body.expr(rhs).span));
            }
            if n == f64::from(k) {
                let t = self.expr(body, lhs)?;
                if !t.is(Ty::Intish) {
                    return Err(diagnostics::heap_index_not_intish(body.expr(lhs).span, t));
                }
                self.typed(rhs, Ty::Fixnum)?;
                self.typed(index, Ty::Signed)?;
                return Ok(view);
            }
            if k > 0 {
                return Err(diagnostics::heap_index_wrong_shift(body.expr(rhs).span, view, n));
            }
        }
        if k > 0 {
            return Err(diagnostics::heap_index_not_shifted(iex.span, view));
        }
        let t = self.expr(body, index)?;
        if !t.is(Ty::Intish) {
            return Err(diagnostics::heap_index_not_intish(iex.span, t));
        }
        if !t.is(Ty::Int) {
            self.diags.push(diagnostics::byte_index_intish(iex.span));
        }
        Ok(view)
    }
}
