//! Heap accesses: addresses, exact bounds checks, loads and stores.

use super::*;

impl Emitter<'_, '_> {
    /// `U8[B + c] | U8[B + c + 1] << 8 | U8[B + c + 2] << 16 | U8[B + c + 3] << 24`
    /// (a little-endian word read byte by byte, the `|`s left to right) as
    /// one `i32.load`, when a guard proved all four bytes in bounds: the
    /// same bits, one access instead of four. `lhs | rhs` is the outer `|`.
    pub(super) fn combined_load(&mut self, lhs: ExprId, rhs: ExprId) -> bool {
        let Some(first) = self.combined_index(lhs, rhs) else { return false };
        let Address::Pushed { offset, .. } = self.address(View::U8, first) else { return false };
        // Unaligned (alignment 1): the word starts at any byte.
        self.code.push(Inst::LoadWord { offset });
        true
    }

    /// The index of the first byte when `lhs | rhs` is a word read byte by
    /// byte that [`Self::combined_load`] turns into one load.
    pub(super) fn combined_index(&self, lhs: ExprId, rhs: ExprId) -> Option<ExprId> {
        use crate::guard::{MAX_BASE_DEPTH, literal, same, split, strip_or0};
        let body = self.body;
        // `e` (shifted left by `shift`, unless 0) is `U8[index]`: the index.
        let byte = |e: ExprId, shift: u32| {
            let e = match (shift, body.expr(e).kind) {
                (0, _) => e,
                (_, ExprKind::Binary { op: BinOp::Shl, lhs, rhs })
                    if literal(body, rhs) == Some(shift) =>
                {
                    lhs
                }
                _ => return None,
            };
            match body.expr(strip_or0(body, e)).kind {
                ExprKind::Index { obj, index } if self.view_of(obj) == Some(View::U8) => {
                    Some(index)
                }
                _ => None,
            }
        };
        let or = |e: ExprId| match body.expr(e).kind {
            ExprKind::Binary { op: BinOp::Or, lhs, rhs } => Some((lhs, rhs)),
            _ => None,
        };
        let (l2, r2) = or(lhs)?;
        let (l3, r3) = or(l2)?;
        let indices = [byte(l3, 0)?, byte(r3, 8)?, byte(r2, 16)?, byte(rhs, 24)?];
        if !indices.iter().all(|i| self.proven.contains(i)) {
            return None;
        }
        let res = |e: ExprId| self.f.info[e.0 as usize].res;
        let parts: Vec<_> = indices.iter().filter_map(|&i| split(body, View::U8, i)).collect();
        let (base, c0) = match parts.first() {
            Some(&p) if parts.len() == 4 => p,
            _ => return None,
        };
        let in_order = parts
            .iter()
            .enumerate()
            .all(|(k, &(b, c))| c == c0 + k as i64 && same(body, b, base, &res, MAX_BASE_DEPTH));
        in_order.then_some(indices[0])
    }

    /// The view of a heap object, `None` for anything else.
    pub(super) fn view_of(&self, obj: ExprId) -> Option<View> {
        match self.global_kind(obj) {
            Some((_, GlobalKind::View(v))) => Some(v),
            _ => None,
        }
    }

    /// Whether `H[index]` needs a run-time check in exact mode: a computed
    /// address (a literal index is checked at compile time) whose form does
    /// not bound it below the heap length, and no enclosing guard proved it.
    pub(super) fn needs_check(&self, view: View, index: ExprId) -> bool {
        if let ExprKind::Num(n) = self.body.expr(index).kind {
            return !self.decided(view, n.value);
        }
        !self.proven.contains(&index) && !self.in_bounds_always(view, index)
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
        // A guard proved `B + c` in bounds, so it does not wrap: `B` goes on
        // the stack and `c` into the instruction's offset, when `c` is a
        // multiple of the size (then `(B + c) & -size` is `(B & -size) + c`).
        if self.proven.contains(&index)
            && let Some((base, c)) = crate::guard::split(self.body, view, index)
            && c > 0
            && c % (1 << k) == 0
        {
            self.aligned(base, k);
            return Address::Pushed { offset: c as u32, align: 0 };
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
        let start = self.code.len();
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
        if self.cold() {
            // The shared helper checks the masked address (`a <u LEN` and
            // `(a & -size) <u LEN` agree) and loads.
            self.clear_low(align);
            // The helper reads the length's global.
            self.uses.add_const(ConstGlobal::HeapLength);
            return self.call_helper(Helper::load(view));
        }
        // In bounds, the load; else what JS gives (0, or NaN for float
        // views). The branch is one compare, hinted, and leaves the load's
        // address free of it.
        let (a, scratch) = self.address_local(start);
        self.in_bounds_test();
        self.hinted_if(BlockType::Result(view_val(view)), true);
        self.s().local_get(a);
        if scratch {
            self.give(ValType::I32, a);
        }
        self.clear_low(align);
        self.load_op(view, 0);
        self.s().else_();
        self.oob_value(view);
        self.s().end();
    }

    /// Whether an exact check here goes out of line
    /// (`Options::checks_out_of_line`): outside any loop, in a function too
    /// big to be one that loops call ([`SMALL_FUNCTION`] nodes).
    fn cold(&self) -> bool {
        self.cx.opts.checks_out_of_line
            && self.loops == 0
            && self.inlining[0].ast.body.exprs.len() > SMALL_FUNCTION
    }

    /// A local holding the address on the stack, which the code from
    /// `start` on pushed, for a check and the access right after it: the
    /// local the code read when it is one `local.get`, else a scratch
    /// local, set, and true (to give back after the access).
    pub(super) fn address_local(&mut self, start: usize) -> (u32, bool) {
        if let [Inst::LocalGet(x)] = self.code[start..] {
            return (x, false);
        }
        let a = self.take(ValType::I32);
        self.s().local_tee(a);
        (a, true)
    }

    /// Whether the byte address on the stack is in the heap: `a <u LEN`,
    /// the length read from an immutable global (2 bytes, where the
    /// constant takes up to 5; wasmtime runs it as fast). A compare and
    /// its branch fuse into one instruction on x86-64; a shift test
    /// (`a >>> 24`, as short) measured 4-8% slower on interp and sort.
    pub(super) fn in_bounds_test(&mut self) {
        self.heap_length();
        self.s().i32_lt_u();
    }

    /// Push the heap length ([`Inst::HeapLength`]: from the function's
    /// local where it has one, else from its global).
    pub(super) fn heap_length(&mut self) {
        self.uses.add_const(ConstGlobal::HeapLength);
        self.code.push(Inst::HeapLength);
    }

    /// An `if` whose arm runs when the address on the stack is in the heap.
    pub(super) fn if_in_bounds(&mut self) {
        self.in_bounds_test();
        self.hinted_if(BlockType::Empty, true);
    }

    /// `H[index] = value`. JS evaluates the index, then the value, then
    /// stores (nothing out of bounds); the expression's value is the value.
    pub(super) fn store(&mut self, obj: ExprId, index: ExprId, value: ExprId, want: bool) {
        let view = self.view(obj);
        let value_vt = val(self.ty(value)).unwrap();
        let checked =
            self.cx.opts.heap_checks == HeapChecks::Exact && self.needs_check(view, index);
        let start = self.code.len();
        let (in_heap, offset) = match self.address(view, index) {
            Address::Constant(byte) if self.in_bounds(view, byte) => {
                self.s().i32_const(byte as i32);
                (true, 0)
            }
            Address::Constant(_) => (false, 0),
            Address::Pushed { align, .. } if checked => {
                return self.checked_store(view, value, value_vt, want, align, start);
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

    /// A store whose address (on the stack) is tested against the heap length.
    pub(super) fn checked_store(
        &mut self,
        view: View,
        value: ExprId,
        value_vt: ValType,
        want: bool,
        align: u32,
        start: usize,
    ) {
        if !want && self.cold() {
            // The shared helper checks and stores; the value is computed
            // first, as JS does (an address that a call in it moves is
            // already on the stack).
            self.clear_low(align);
            self.expr(value);
            self.convert_for_store(view, value_vt);
            self.uses.add_const(ConstGlobal::HeapLength);
            return self.call_helper(Helper::store(view));
        }
        if !want && self.is_pure(value) {
            // Skipping the value out of bounds changes nothing observable.
            let (a, scratch) = self.address_local(start);
            self.if_in_bounds();
            self.s().local_get(a);
            if scratch {
                self.give(ValType::I32, a);
            }
            self.clear_low(align);
            self.push(Frame::default());
            self.expr(value);
            self.store_op(view, value_vt, 0);
            self.pop_end();
            return;
        }
        // The value may assign the address's local: the address is kept.
        let a = self.take(ValType::I32);
        self.s().local_set(a);
        self.expr(value);
        let v = self.take(value_vt);
        self.s().local_set(v).local_get(a);
        self.if_in_bounds();
        self.s().local_get(a);
        self.clear_low(align);
        self.s().local_get(v);
        self.store_op(view, value_vt, 0);
        self.s().end();
        self.give(ValType::I32, a);
        if want {
            self.s().local_get(v);
            self.store_result(view, value_vt);
        }
        self.give(value_vt, v);
    }

    /// A bounds check's `if`, hinted: `taken` when its then arm is the
    /// in-bounds one, so that the out-of-bounds arm is laid out of line.
    pub(super) fn hinted_if(&mut self, ty: BlockType, taken: bool) {
        self.code.push(Inst::Hint(taken));
        self.s().if_(ty);
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
