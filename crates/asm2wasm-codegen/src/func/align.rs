//! Alignment masks spared: `H32[e >> 2]` is the word at byte `e & -4`, and
//! the mask costs an instruction at every access. Two ways to drop it.
//!
//! **Pointer parameters, aligned once per call.** `H32[(p + (i << 2)) >> 2]`
//! is byte `(p + (i << 2)) & -4`, which is `(p & -4) + (i << 2)`: the low
//! bits of `i << 2` are zero, so the mask only ever clears `p`'s (the same
//! bits modulo 2^32). When `p` is a parameter the function never assigns,
//! `p & -4` is the same value all through the call: it is computed once,
//! when the body starts, into a local, and each such access adds to that
//! local. Cranelift folds `P + (i << 2)` into one `lea`; `(p + (i << 2)) & -4`
//! took a `lea` and an `and` at every access. V8 makes the same rewrite in
//! its asm.js code (`node --print-wasm-code`). The local holds `p - (p & 3)`,
//! not `p & -4`: Cranelift recomputes a mask by a constant at each use (its
//! `remat` rules), inside the loop, which would undo the point. Done for
//! each (parameter, element size) pair used so in a loop, or at least
//! [`MIN_USES`] times: the computation at the start (9 bytes) is then
//! repaid, in time or in size (each access is 3 bytes shorter).
//!
//! **Loops versioned on alignment**: [`crate::passes::loops`].

use asm2wasm_base::ast::{BinOp, ExprId, ExprKind, StmtKind};
use asm2wasm_check::Res;
use wasm_encoder::ValType;

use super::Emitter;
use super::walk::in_order;

/// Uses outside loops that repay the local's computation in bytes.
const MIN_USES: u32 = 4;

/// How deep a chain of `+` is followed to its pointer.
const MAX_DEPTH: u32 = 8;

/// A parameter's aligned value, kept in a local for the whole call.
pub(super) struct Aligned {
    /// The parameter (asm.js local index).
    param: u32,
    /// log2 of the element size whose low bits are cleared.
    k: u32,
    /// The wasm local holding `param & -(1 << k)`.
    local: u32,
}

/// A (parameter, element size) pair's accesses, while planning.
struct Uses {
    param: u32,
    k: u32,
    count: u32,
    in_loop: bool,
}

impl Emitter<'_, '_> {
    /// Find the parameters worth an aligned copy (see the module docs), and
    /// compute each into its local: the first code of the body.
    pub(super) fn align_params(&mut self) {
        let (f, body) = (self.f, self.body);
        let nparams = f.sig.params.len();
        // The parameters assigned after their annotations change value.
        let annotations: Vec<ExprId> = f.ast.stmts[..f.prologue]
            .iter()
            .filter_map(|&s| match body.stmt(s).kind {
                StmtKind::Expr(e) => Some(e),
                _ => None,
            })
            .collect();
        let mut fixed = vec![true; nparams];
        for (i, x) in body.exprs.iter().enumerate() {
            if let ExprKind::Assign { target, .. } = x.kind
                && let Res::Local(l) = self.res(target)
                && (l as usize) < nparams
                && !annotations.contains(&ExprId(i as u32))
            {
                fixed[l as usize] = false;
            }
        }
        if !fixed.contains(&true) {
            return;
        }
        let mut roots = Vec::new();
        for &s in &f.ast.stmts[f.prologue..] {
            in_order(body, s, false, usize::MAX, &mut roots);
        }
        let mut uses = Vec::new();
        for (e, in_loop) in roots {
            self.count_expr(e, in_loop, &fixed, &mut uses);
        }
        for u in uses.into_iter().filter(|u| u.in_loop || u.count >= MIN_USES) {
            let local = self.take(ValType::I32);
            let p = u.param;
            self.s()
                .local_get(p)
                .local_get(p)
                .i32_const((1 << u.k) - 1)
                .i32_and()
                .i32_sub()
                .local_set(local);
            self.aligned.push(Aligned { param: u.param, k: u.k, local });
        }
    }

    fn count_expr(&self, root: ExprId, in_loop: bool, fixed: &[bool], uses: &mut Vec<Uses>) {
        let mut stack = vec![root];
        while let Some(e) = stack.pop() {
            super::walk::push_children(self.body, e, &mut stack);
            let Some((lhs, k)) = self.shifted_access(e) else { continue };
            let Some(param) =
                self.pointer(lhs, k, MAX_DEPTH).filter(|&l| fixed.get(l as usize) == Some(&true))
            else {
                continue;
            };
            match uses.iter_mut().find(|u| u.param == param && u.k == k) {
                Some(u) => {
                    u.count += 1;
                    u.in_loop |= in_loop;
                }
                None => uses.push(Uses { param, k, count: 1, in_loop }),
            }
        }
    }

    /// `e` as an access `H[x >> k]` to elements of more than a byte: `x`
    /// and `k`, the address before its shift and the element size's log2.
    fn shifted_access(&self, e: ExprId) -> Option<(ExprId, u32)> {
        let ExprKind::Index { obj, index } = self.body.expr(e).kind else { return None };
        let k = self.view_of(obj)?.shift();
        match self.body.expr(index).kind {
            ExprKind::Binary { op: BinOp::Shr, lhs, .. } if k > 0 => Some((lhs, k)),
            _ => None,
        }
    }

    /// The local `p` of an address `p + x + ...` (in any order and grouping)
    /// whose other terms are multiples of `2^k`, so that clearing the low
    /// `k` bits of the sum is clearing `p`'s.
    fn pointer(&self, e: ExprId, k: u32, depth: u32) -> Option<u32> {
        let depth = depth.checked_sub(1)?;
        match self.body.expr(e).kind {
            ExprKind::Name(_) => match self.res(e) {
                Res::Local(l) => Some(l),
                _ => None,
            },
            _ => {
                let (on_left, lhs, rhs) = self.pointer_side(e, k)?;
                self.pointer(if on_left { lhs } else { rhs }, k, depth)
            }
        }
    }

    /// `e` as `lhs + rhs`, and whether the pointer is on the left: the other
    /// side is a multiple of `2^k` by its form (the right one looked at
    /// first). [`Emitter::pointer`] and [`Emitter::sum_through`] both follow
    /// it, so the sum is emitted through the pointer they found.
    fn pointer_side(&self, e: ExprId, k: u32) -> Option<(bool, ExprId, ExprId)> {
        let ExprKind::Binary { op: BinOp::Add, lhs, rhs } = self.body.expr(e).kind else {
            return None;
        };
        if self.low_zeros(rhs, MAX_DEPTH) >= k {
            Some((true, lhs, rhs))
        } else if self.low_zeros(lhs, MAX_DEPTH) >= k {
            Some((false, lhs, rhs))
        } else {
            None
        }
    }

    /// Push `e` with its low `k` bits cleared.
    pub(super) fn aligned(&mut self, e: ExprId, k: u32) {
        if self.aligned_but_mask(e, k) {
            self.clear_low(k);
        }
    }

    /// Push `e`, with its low `k` bits cleared unless this says the caller
    /// must still clear them: from a parameter's aligned local when `e` is
    /// a sum through it, or `e` itself when its form makes it a multiple of
    /// `2^k`; true when neither.
    pub(super) fn aligned_but_mask(&mut self, e: ExprId, k: u32) -> bool {
        if k == 0 {
            self.expr(e);
            return false;
        }
        let local = self
            .pointer(e, k, MAX_DEPTH)
            .and_then(|p| self.aligned.iter().find(|a| a.param == p && a.k == k))
            .map(|a| a.local);
        match local {
            Some(local) => {
                self.sum_through(e, k, local);
                false
            }
            None => {
                self.expr(e);
                self.low_zeros(e, MAX_DEPTH) < k
            }
        }
    }

    /// Clear the low `k` bits of the address on the stack.
    pub(super) fn clear_low(&mut self, k: u32) {
        if k > 0 {
            self.s().i32_const(-(1 << k)).i32_and();
        }
    }

    /// Push the sum `e`, its pointer (see [`Emitter::pointer`]) read from
    /// the aligned `local`. The terms in the same order.
    fn sum_through(&mut self, e: ExprId, k: u32, local: u32) {
        match self.pointer_side(e, k) {
            Some((true, lhs, rhs)) => {
                self.sum_through(lhs, k, local);
                self.expr(rhs);
                self.s().i32_add();
            }
            Some((false, lhs, rhs)) => {
                self.expr(lhs);
                self.sum_through(rhs, k, local);
                self.s().i32_add();
            }
            None => {
                self.s().local_get(local);
            }
        }
    }
}
