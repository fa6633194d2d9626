//! Calls: internal (inlined later by `crate::passes::inline`), foreign, table, and the standard library.

use super::*;

impl Emitter<'_, '_> {
    pub(super) fn args(&mut self, args: &[ExprId]) {
        for &a in args {
            self.expr(a);
        }
    }

    pub(super) fn call(&mut self, e: ExprId, callee: ExprId, args: asm2wasm_base::ast::List) {
        let args = self.body.list(args);
        let ty = self.ty(e);
        if let ExprKind::Index { obj, index } = self.body.expr(callee).kind {
            // Through a table: `t[i & mask](...)`.
            let Some((_, GlobalKind::Table(t))) = self.global_kind(obj) else { unreachable!() };
            // JS evaluates the callee `t[i & mask]` before the arguments;
            // `call_indirect` takes the index last. When either side has an
            // effect (a call or an assignment, which may change what the
            // other reads), the index goes first, through a local.
            let off = self.cx.table_offset[t as usize];
            if self.is_pure(index) && args.iter().all(|&a| self.is_pure(a)) {
                self.args(args);
                self.expr(index);
                if off != 0 {
                    self.s().i32_const(off as i32).i32_add();
                }
            } else {
                self.expr(index);
                if off != 0 {
                    self.s().i32_const(off as i32).i32_add();
                }
                let slot = self.take(ValType::I32);
                self.s().local_set(slot);
                self.args(args);
                self.s().local_get(slot);
                self.give(ValType::I32, slot);
            }
            let (params, results) = sig_type(&self.cx.m.tables[t as usize].sig);
            let ti = self.cx.known_type(&(params.clone(), results.clone()));
            self.s().call_indirect(ti, params.len(), results.len());
            return;
        }
        match self.global_kind(callee) {
            Some((_, GlobalKind::Func(f))) => {
                self.args(args);
                let sig = &self.cx.m.functions[f as usize].sig;
                let results = usize::from(sig.ret != RetTy::Void);
                let func = self.cx.func_base + f;
                self.s().call(func, sig.params.len(), results);
            }
            Some((_, GlobalKind::Ffi(name))) => {
                self.args(args);
                let t = ffi_type(self.f, e);
                let idx = self.cx.import_of("foreign", self.cx.name(name), &t);
                self.s().call(idx, t.0.len(), t.1.len());
            }
            Some((_, GlobalKind::Std(f))) => self.std_call(f, args, ty),
            _ => unreachable!("the checker resolved every callee"),
        }
    }

    pub(super) fn std_call(&mut self, f: StdFn, args: &[ExprId], ty: Ty) {
        use StdFn::*;
        if let Some(name) = math_import(f) {
            self.args(args);
            let t = (vec![ValType::F64; args.len()], vec![ValType::F64]);
            let idx = self.cx.import_of("Math", name, &t);
            self.s().call(idx, args.len(), 1);
            return;
        }
        let at = self.ty(args[0]);
        let float = val(ty) == Some(ValType::F32);
        match f {
            Ceil | Floor | Sqrt => {
                self.expr(args[0]);
                let mut s = self.s();
                match (f, float) {
                    (Ceil, false) => s.f64_ceil(),
                    (Floor, false) => s.f64_floor(),
                    (_, false) => s.f64_sqrt(),
                    (Ceil, true) => s.f32_ceil(),
                    (Floor, true) => s.f32_floor(),
                    (_, true) => s.f32_sqrt(),
                };
            }
            Abs => {
                self.expr(args[0]);
                match val(ty).unwrap() {
                    ValType::F64 => void(self.s().f64_abs()),
                    ValType::F32 => void(self.s().f32_abs()),
                    _ => {
                        // (x ^ (x >> 31)) - (x >> 31): Math.abs(INT_MIN) is 2^31, read as unsigned.
                        let x = self.take(ValType::I32);
                        self.s().local_tee(x).local_get(x).i32_const(31).i32_shr_s().i32_xor();
                        self.s().local_get(x).i32_const(31).i32_shr_s().i32_sub();
                        self.give(ValType::I32, x);
                    }
                }
            }
            Min | Max => {
                self.expr(args[0]);
                // f64/f32 min and max give NaN for a NaN operand and order
                // -0 below +0: JS's Math.min and Math.max exactly.
                if ty == Ty::Double || ty == Ty::Float {
                    for &a in &args[1..] {
                        self.expr(a);
                        match (ty == Ty::Double, f == Min) {
                            (true, true) => self.s().f64_min(),
                            (true, false) => self.s().f64_max(),
                            (false, true) => self.s().f32_min(),
                            (false, false) => self.s().f32_max(),
                        };
                    }
                } else {
                    let (x, y) = (self.take(ValType::I32), self.take(ValType::I32));
                    for &a in &args[1..] {
                        self.s().local_set(x);
                        self.expr(a);
                        self.s().local_set(y);
                        self.s().local_get(x).local_get(y).local_get(x).local_get(y);
                        if f == Min {
                            self.s().i32_lt_s();
                        } else {
                            self.s().i32_gt_s();
                        }
                        self.s().select();
                    }
                    self.give(ValType::I32, y);
                    self.give(ValType::I32, x);
                }
            }
            Imul => {
                self.args(args);
                self.s().i32_mul();
            }
            Clz32 => {
                self.expr(args[0]);
                self.s().i32_clz();
            }
            Fround => {
                if let ExprKind::Num(n) = self.body.expr(args[0]).kind {
                    return self.constant(ValType::F32, n.value);
                }
                self.expr(args[0]);
                if at.is(Ty::Floatish) {
                } else if at.is(Ty::DoubleQ) {
                    self.s().f32_demote_f64();
                } else if at.is(Ty::Signed) {
                    self.s().f32_convert_i32_s();
                } else {
                    self.s().f32_convert_i32_u();
                }
            }
            Acos | Asin | Atan | Cos | Sin | Tan | Exp | Log | Atan2 | Pow => {
                unreachable!("imported")
            }
        }
    }
}
