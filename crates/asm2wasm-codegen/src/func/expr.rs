//! Expressions: operators, assignments, and the analyses of their forms (`unsigned_bound`, `low_zeros`, `is_pure`).

use super::*;

impl Emitter<'_, '_> {
    /// Evaluate `e` for its effects only.
    pub(super) fn expr_drop(&mut self, e: ExprId) {
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

    pub(super) fn expr(&mut self, e: ExprId) {
        self.nested(|g| g.expr_inner(e));
    }

    pub(super) fn expr_inner(&mut self, e: ExprId) {
        let ty = self.ty(e);
        match self.body.expr(e).kind {
            ExprKind::Num(n) => self.constant(val(ty).unwrap(), n.value),
            ExprKind::Name(_) => match self.res(e) {
                Res::Local(l) => {
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
            // An `if` with a value, which [`crate::passes::select`] makes a
            // `select` when its arms are cheap.
            ExprKind::Cond { test, cons, alt } => {
                self.expr(test);
                self.s().if_(BlockType::Result(val(ty).unwrap()));
                self.expr(cons);
                self.s().else_();
                self.expr(alt);
                self.s().end();
            }
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

    pub(super) fn unary(&mut self, op: UnOp, arg: ExprId, ty: Ty) {
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
    pub(super) fn widen_to_double(&mut self, t: Ty) {
        if t.is(Ty::Signed) {
            self.s().f64_convert_i32_s();
        } else if t.is(Ty::Unsigned) {
            self.s().f64_convert_i32_u();
        } else if t.is(Ty::Floatish) {
            self.s().f64_promote_f32();
        }
    }

    /// `lhs` when `lhs op rhs` is `x|0`, `x>>>0`, `x>>0`, `x<<0` or `x^0`:
    /// it only retypes an i32, and emits nothing of its own.
    pub(super) fn retyped(&self, op: BinOp, lhs: ExprId, rhs: ExprId) -> Option<ExprId> {
        let zero = matches!(self.body.expr(rhs).kind, ExprKind::Num(n) if n.value == 0.0);
        (zero && matches!(op, BinOp::Or | BinOp::Xor | BinOp::Shl | BinOp::Shr | BinOp::ShrU))
            .then_some(lhs)
    }

    /// Whether both operands are signed ints (`Some(false)`) or both
    /// unsigned (`Some(true)`), which int instructions need.
    pub(super) fn int_operands(&self, lhs: ExprId, rhs: ExprId) -> Option<bool> {
        let (a, b) = (self.ty(lhs), self.ty(rhs));
        if a.is(Ty::Signed) && b.is(Ty::Signed) {
            Some(false)
        } else if a.is(Ty::Unsigned) && b.is(Ty::Unsigned) {
            Some(true)
        } else {
            None
        }
    }

    pub(super) fn binary(&mut self, op: BinOp, lhs: ExprId, rhs: ExprId, ty: Ty) {
        if let Some(x) = self.retyped(op, lhs, rhs) {
            return self.expr(x);
        }
        let (a, b) = (self.ty(lhs), self.ty(rhs));
        let both = |t: Ty| a.is(t) && b.is(t);
        let ints = self.int_operands(lhs, rhs);
        let (signed, unsigned) = (ints == Some(false), ints == Some(true));
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
            }
        }
    }

    pub(super) fn assign(&mut self, target: ExprId, value: ExprId, want: bool) {
        match self.body.expr(target).kind {
            ExprKind::Index { obj, index } => return self.store(obj, index, value, want),
            _ => self.expr(value),
        }
        match self.res(target) {
            Res::Local(l) => {
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

    /// Call helper `h` on the operands on the stack. Its code is not put in
    /// place of the call, even in loops: `ToInt32` is 50 bytes where a call
    /// is 2, and the generated bench module grew from 0.444 to 0.478 bytes
    /// per input byte for 2% on float32 (measured).
    pub(super) fn call_helper(&mut self, h: Helper) {
        self.uses.add_helper(h);
        self.s().call_helper(h);
    }

    /// Push constant `c`, read from its global, which the code now uses.
    pub(super) fn get_const(&mut self, c: ConstGlobal) {
        self.uses.add_const(c);
        self.s().get_const(c);
    }

    /// NaN on a cold path (out of bounds, falling off the end): read from
    /// an immutable global, shorter than the constant.
    pub(super) fn nan(&mut self, t: ValType) {
        self.get_const(if t == ValType::F32 { ConstGlobal::NanF32 } else { ConstGlobal::NanF64 });
    }

    /// The value of `e`, read as unsigned, when it is an int literal or a
    /// constant global.
    pub(super) fn int_constant(&self, e: ExprId) -> Option<u64> {
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
    pub(super) fn unsigned_bound(&self, e: ExprId, depth: u32) -> Option<u64> {
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
    /// of such operands (what the code knows of locals is
    /// [`crate::passes::loops`]'s). `depth` caps the recursion.
    pub(super) fn low_zeros(&self, e: ExprId, depth: u32) -> u32 {
        let Some(depth) = depth.checked_sub(1) else { return 0 };
        match self.body.expr(e).kind {
            ExprKind::Num(n) if !n.has_dot => (n.value as i64 as u32).trailing_zeros(),
            ExprKind::Name(_) => match self.res(e) {
                Res::Global(g) => self.cx.global_const[g as usize]
                    .map_or(0, |v| (v as i64 as u32).trailing_zeros()),
                Res::Local(_) | Res::None => 0,
            },
            ExprKind::Unary { op: UnOp::Neg, arg } => self.low_zeros(arg, depth),
            ExprKind::Binary { op, lhs, rhs } => {
                let z = |x: ExprId| self.low_zeros(x, depth);
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

    /// Whether evaluating `e` has no effect besides its value: no call, no
    /// assignment. Judged on at most 32 nodes; a larger tree counts as impure.
    pub(super) fn is_pure(&self, e: ExprId) -> bool {
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
}
