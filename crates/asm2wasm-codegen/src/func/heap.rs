//! Heap accesses: addresses, exact bounds checks, loads and stores.

use super::*;

impl Emitter<'_, '_> {
    /// The view of a heap object, `None` for anything else.
    pub(super) fn view_of(&self, obj: ExprId) -> Option<View> {
        match self.global_kind(obj) {
            Some((_, GlobalKind::View(v))) => Some(v),
            _ => None,
        }
    }

    /// Whether `H[index]` needs a run-time check in exact mode: a computed
    /// address (a literal index is checked at compile time) whose form does
    /// not bound it below the heap length.
    pub(super) fn needs_check(&self, view: View, index: ExprId) -> bool {
        if let ExprKind::Num(n) = self.body.expr(index).kind {
            return !self.decided(view, n.value);
        }
        !self.in_bounds_always(view, index)
    }

    pub(super) fn view(&self, obj: ExprId) -> View {
        self.view_of(obj).expect("the checker resolved every view")
    }

    /// Push the byte address of `H[index]` (less an offset for the access
    /// instruction), or give the byte of a constant index. The alignment
    /// mask of a computed address may be left to the caller, to apply after
    /// a bounds check: `a <u LEN` and `(a & -size) <u LEN` agree, the heap
    /// length being a multiple of every element size, and the compare then
    /// does not wait for the mask.
    pub(super) fn address(&mut self, view: View, index: ExprId) -> Address {
        let k = view.shift();
        if let ExprKind::Num(n) = self.body.expr(index).kind {
            if !self.decided(view, n.value) {
                // Checked at run time, against a heap length not known yet.
                self.s().i32_const(((n.value as u32) << k) as i32);
                return Address::Pushed { offset: 0, align: 0 };
            }
            return Address::Constant((n.value as u32) << k);
        }
        let e = match self.body.expr(index).kind {
            ExprKind::Binary { op: BinOp::Shr, lhs, .. } if k > 0 => lhs,
            _ => index,
        };
        // `C + x` (or `x + C`) whose form keeps it below the heap length
        // cannot wrap: `x` goes on the stack and `C` into the offset, when
        // `C` is a multiple of the size (so that masking `x` is enough).
        if let ExprKind::Binary { op: BinOp::Add, lhs, rhs } = self.body.expr(e).kind
            && self.in_bounds_always(view, index)
        {
            let split = match (self.int_constant(lhs), self.int_constant(rhs)) {
                (Some(c), None) => Some((rhs, c)),
                (None, Some(c)) => Some((lhs, c)),
                _ => None,
            };
            if let Some((x, c)) = split
                && c > 0
                && c % (1 << k) == 0
            {
                self.aligned(x, k);
                return Address::Pushed { offset: c as u32, align: 0 };
            }
        }
        // Element `e >> k` is byte `(e >> k) << k`, i.e. `e & -size`.
        if e == index {
            self.expr(e);
            return Address::Pushed { offset: 0, align: 0 };
        }
        let align = if self.aligned_but_mask(e, k) { k } else { 0 };
        Address::Pushed { offset: 0, align }
    }

    /// The load instruction, at `offset` bytes past the address on the stack.
    pub(super) fn load_op(&mut self, view: View, offset: u32) {
        self.s().load(view, offset);
    }

    /// What an out-of-bounds load gives: `undefined`, coerced.
    pub(super) fn oob_value(&mut self, view: View) {
        match view {
            View::F32 => self.nan(ValType::F32),
            View::F64 => self.nan(ValType::F64),
            _ => self.constant(ValType::I32, 0.0),
        }
    }

    /// Whether the element at byte `byte` is in the heap, as far as the
    /// translation knows: for an imported memory, in its least length.
    pub(super) fn in_bounds(&self, view: View, byte: u32) -> bool {
        u64::from(byte) + (1u64 << view.shift()) <= u64::from(self.cx.opts.known_heap())
    }

    /// Whether the access `H[index]` with literal `index` is known in
    /// bounds or out at translation: always for a memory the module
    /// defines; for an imported one, when in its least length or past the
    /// greatest ([`crate::MAX_HEAP`]).
    pub(super) fn decided(&self, view: View, index: f64) -> bool {
        let byte = (index as u32) << view.shift();
        !self.cx.opts.import_memory
            || self.in_bounds(view, byte)
            || u64::from(byte) + (1u64 << view.shift()) > u64::from(crate::MAX_HEAP)
    }

    /// Whether the byte address of `H[index]` is below the heap length
    /// whatever the operands are: then exact mode needs no check.
    pub(super) fn in_bounds_always(&self, view: View, index: ExprId) -> bool {
        let e = match self.body.expr(index).kind {
            ExprKind::Binary { op: BinOp::Shr, lhs, .. } if view.shift() > 0 => lhs,
            _ => index,
        };
        // `lhs & -size` is at most `lhs` read as unsigned, and an aligned
        // address below the length leaves room for the whole element.
        self.unsigned_bound(e, 8).is_some_and(|b| b < u64::from(self.cx.opts.known_heap()))
    }

    pub(super) fn load(&mut self, obj: ExprId, index: ExprId) {
        let view = self.view(obj);
        let (offset, align) = match self.address(view, index) {
            Address::Pushed { offset, align } => (offset, align),
            Address::Constant(byte) => {
                if self.in_bounds(view, byte) {
                    self.s().i32_const(byte as i32);
                    self.load_op(view, 0);
                } else {
                    self.oob_value(view);
                }
                return;
            }
        };
        if self.cx.opts.heap_checks == HeapChecks::Trap || !self.needs_check(view, index) {
            self.clear_low(align);
            return self.load_op(view, offset);
        }
        // Checked against the heap length (`passes::checks`), the mask
        // after the compare: `a <u LEN` and `(a & -size) <u LEN` agree, and
        // the compare then does not wait for it.
        self.s().checked_load(view, align);
    }

    /// `H[index] = value`. JS evaluates the index, then the value, then
    /// stores (nothing out of bounds); the expression's value is the value.
    pub(super) fn store(&mut self, obj: ExprId, index: ExprId, value: ExprId, want: bool) {
        let view = self.view(obj);
        let value_vt = val(self.ty(value)).unwrap();
        let checked =
            self.cx.opts.heap_checks == HeapChecks::Exact && self.needs_check(view, index);
        let (in_heap, offset) = match self.address(view, index) {
            Address::Constant(byte) if self.in_bounds(view, byte) => {
                self.s().i32_const(byte as i32);
                (true, 0)
            }
            Address::Constant(_) => (false, 0),
            Address::Pushed { align, .. } if checked => {
                return self.checked_store(view, value, value_vt, want, align);
            }
            Address::Pushed { offset, align } => {
                self.clear_low(align);
                (true, offset)
            }
        };
        // The address is on the stack when `in_heap`.
        self.expr(value);
        let v = want.then(|| self.take(value_vt));
        if let Some(v) = v {
            self.s().local_tee(v);
        }
        if in_heap {
            self.store_op(view, value_vt, offset);
        } else if v.is_none() {
            self.s().drop();
        }
        if let Some(v) = v {
            if in_heap {
                self.s().local_get(v);
            }
            self.give(value_vt, v);
            self.store_result(view, value_vt);
        }
    }

    /// A store whose address (on the stack) is checked against the heap
    /// length (`passes::checks`), the mask after the compare.
    pub(super) fn checked_store(
        &mut self,
        view: View,
        value: ExprId,
        value_vt: ValType,
        want: bool,
        align: u32,
    ) {
        self.expr(value);
        let v = want.then(|| self.take(value_vt));
        if let Some(v) = v {
            self.s().local_tee(v);
        }
        self.convert_for_store(view, value_vt);
        self.s().checked_store(view, align);
        if let Some(v) = v {
            self.s().local_get(v);
            self.give(value_vt, v);
            self.store_result(view, value_vt);
        }
    }

    /// The store instruction, after converting the value to the view's
    /// type, at `offset` bytes past the address.
    pub(super) fn store_op(&mut self, view: View, value_vt: ValType, offset: u32) {
        self.convert_for_store(view, value_vt);
        self.s().store(view, offset);
    }

    /// The value of a store expression, from the value on the stack.
    pub(super) fn store_result(&mut self, view: View, value_vt: ValType) {
        if view == View::F32 && value_vt == ValType::F64 {
            // V8 gives the stored (float-rounded) value, not the double
            // assigned as plain JS would: we follow the reference.
            self.s().f32_demote_f64().f64_promote_f32();
        }
    }
}
