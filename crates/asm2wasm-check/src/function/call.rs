//! 6.9 `ValidateCall`: internal, foreign, stdlib and table calls, and their coercions.

use super::*;
use crate::diagnostics::Callee;

impl FunctionChecker<'_, '_> {
    /// A call whose result type comes from its coercion: to a function of the
    /// module, a foreign function, or through a table.
    pub(super) fn is_coerced_call(&self, body: &Body, e: ExprId) -> bool {
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

    pub(super) fn args(&mut self, body: &Body, args: &[ExprId]) -> R<Vec<Ty>> {
        args.iter().map(|&a| self.expr(body, a)).collect()
    }

    /// The arguments `args`, of types `tys`, against `callee`'s `sig`.
    pub(super) fn check_args(
        body: &Body,
        call: ExprId,
        args: &[ExprId],
        tys: &[Ty],
        sig: &Sig,
        callee: Callee,
    ) -> R<()> {
        if args.len() != sig.params.len() {
            return Err(diagnostics::arg_count(body.expr(call).span, callee, sig, args.len()));
        }
        for ((&a, &t), &p) in args.iter().zip(tys).zip(&sig.params) {
            if !t.is(p.ty()) {
                return Err(diagnostics::arg_type(body.expr(a).span, t, p, callee, sig));
            }
        }
        Ok(())
    }

    /// 6.9 `ValidateCall` of a call coerced to `ret`.
    pub(super) fn call(&mut self, body: &Body, e: ExprId, ret: RetTy) -> R<Ty> {
        let ExprKind::Call { callee, args } = body.expr(e).kind else { unreachable!() };
        let args = body.list(args);
        let cex = body.expr(callee);
        check_arg_count(body, e, args)?;
        let tys = self.args(body, args)?;
        match cex.kind {
            ExprKind::Name(s) => match self.m.global(s) {
                Some((i, GlobalKind::Func(f))) => {
                    self.set(callee, None, Res::Global(i));
                    let sig = &self.m.sigs[f as usize];
                    let callee = Callee::Function(self.name(s));
                    Self::check_args(body, e, args, &tys, sig, callee)?;
                    if sig.ret != ret {
                        let span = body.expr(e).span;
                        return Err(diagnostics::call_coercion_differs(span, callee, sig.ret, ret));
                    }
                }
                Some((i, GlobalKind::Ffi(name))) => {
                    self.set(callee, None, Res::Global(i));
                    for (&a, &t) in args.iter().zip(&tys) {
                        if !t.is(Ty::Extern) {
                            return Err(diagnostics::foreign_arg_not_extern(body.expr(a).span, t));
                        }
                    }
                    if ret == RetTy::Float {
                        return Err(diagnostics::foreign_returns_float(body.expr(e).span));
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
                                let span = body.expr(lhs).span;
                                return Err(diagnostics::table_index_not_intish(span, it));
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
                    return Err(diagnostics::table_index_not_masked(
                        body.expr(index).span,
                        self.name(s),
                        table.funcs.len(),
                    ));
                }
                if body.parenthesised(index) {
                    self.diags.push(diagnostics::table_index_parenthesised(body.expr(index).span));
                }
                let table = &self.m.tables[t as usize];
                let sig = &table.sig;
                let callee = Callee::Table(self.name(s));
                Self::check_args(body, e, args, &tys, sig, callee)?;
                if sig.ret != ret {
                    let span = body.expr(e).span;
                    return Err(diagnostics::call_coercion_differs(span, callee, sig.ret, ret));
                }
            }
            _ => unreachable!("is_coerced_call"),
        }
        self.typed(e, ret.ty())
    }

    /// Section 9: a call to a stdlib function, typed by its overloads.
    pub(super) fn std_call(&mut self, body: &Body, e: ExprId) -> R<Ty> {
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
            let callee = match cex.kind {
                ExprKind::Name(s) if self.resolve(s).is_some() => diagnostics::Uncallable::Local,
                ExprKind::Name(s) if self.m.global(s).is_none() => {
                    diagnostics::Uncallable::Undeclared
                }
                ExprKind::Member { .. } => diagnostics::Uncallable::Member,
                _ => diagnostics::Uncallable::Other,
            };
            return Err(diagnostics::not_callable(cex.span, callee));
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
        if !arity_ok {
            return Err(diagnostics::std_arg_count(ex.span, f, &tys, overloads));
        }
        match result {
            Some(t) => self.typed(e, t),
            None => Err(diagnostics::std_no_overload(ex.span, f, &tys, overloads)),
        }
    }
}
