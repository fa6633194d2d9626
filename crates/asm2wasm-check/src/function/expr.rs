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
    pub(super) fn heap_access(&mut self, body: &Body, obj: ExprId, index: ExprId) -> R<View> {
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
}
