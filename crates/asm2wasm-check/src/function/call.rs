//! 6.9 `ValidateCall`: internal, foreign, stdlib and table calls, and their coercions.

use super::*;

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

    pub(super) fn uncoerced_call(body: &Body, e: ExprId) -> Diagnostic {
        Diagnostic::error(Code::E0150, body.expr(e).span, "this call must be coerced to its return type")
            .label("an uncoerced call")
            .help("write `f(...)|0` for signed, `+f(...)` for double, `fround(f(...))` for float, or call it as a statement for void")
    }

    pub(super) fn args(&mut self, body: &Body, args: &[ExprId]) -> R<Vec<Ty>> {
        args.iter().map(|&a| self.expr(body, a)).collect()
    }

    /// `what` names the callee; it is only built for an error.
    pub(super) fn check_args(
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
    pub(super) fn call(&mut self, body: &Body, e: ExprId, ret: RetTy) -> R<Ty> {
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
