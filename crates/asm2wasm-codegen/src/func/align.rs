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
//! **Loops versioned on alignment** ([`Emitter::align_loop`]): a pointer
//! stepped by multiples of the element size stays aligned if it starts so;
//! one test before the loop lets the loop's fast copy read it unmasked.

use asm2wasm_base::ast::{BinOp, ExprId, ExprKind, StmtId, StmtKind, UnOp};
use asm2wasm_check::Res;
use wasm_encoder::ValType;

use super::Emitter;
use crate::guard::{Proof, Test, expand, in_order};

/// Uses outside loops that repay the local's computation in bytes.
const MIN_USES: u32 = 4;

/// How deep a chain of `+` is followed to its pointer.
const MAX_DEPTH: u32 = 8;

/// The most expression nodes of a loop whose pointers may be tested aligned.
const MAX_LOOP_NODES: usize = 400;

/// A loop guarded for alignment alone must spare this many masks...
const MIN_HELPED: usize = 2;

/// ... and be at most this many expression nodes per mask spared: it is
/// emitted twice.
const NODES_PER_HELPED: usize = 24;

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
            crate::guard::push_children(self.body, e, &mut stack);
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

/// A loop's accesses that the alignment of its pointers would spare a mask.
struct LoopAlignment {
    /// (local, k) to test: each local's low `k` bits zero.
    tests: Vec<(u32, u32)>,
    /// How many accesses lose their mask.
    helped: usize,
    /// The loop's expression nodes.
    nodes: usize,
}

impl Emitter<'_, '_> {
    /// Add to the guard `plan` of loop `s` (or make one) tests that the
    /// loop's pointers are aligned, when that spares accesses their masks.
    ///
    /// A local whose every assignment in the loop gives a multiple of `2^k`
    /// when the loop's other such locals are multiples of `2^k` (steps
    /// `p = (p + 4) | 0`, copies `j = (i - 4) | 0`, literals) stays a
    /// multiple of `2^k` all through the loop if it is one at the start, by
    /// induction over the assignments. `H32[p >> 2]` is then byte `p`: the
    /// loop's fast copy reads the pointer unmasked (`known_aligned`), the
    /// other copy runs when a pointer is misaligned. An existing guard takes
    /// the tests at no cost in size; a loop guarded for alignment alone is
    /// emitted twice, so it must be small for the accesses it helps.
    pub(super) fn align_loop(&self, s: StmtId, plan: Option<Proof>) -> Option<Proof> {
        let Some(a) = self.loop_alignment(s) else { return plan };
        let tests = a.tests.into_iter().map(|(l, k)| Test::Aligned(l, k));
        match plan {
            Some(mut proof) => {
                proof.tests.extend(tests);
                Some(proof)
            }
            None if a.helped >= MIN_HELPED && a.nodes <= NODES_PER_HELPED * a.helped => {
                Some(Proof { tests: tests.collect(), proven: Vec::new() })
            }
            None => None,
        }
    }

    fn loop_alignment(&self, s: StmtId) -> Option<LoopAlignment> {
        let body = self.body;
        let mut order = Vec::new();
        if !in_order(body, s, false, MAX_LOOP_NODES, &mut order) {
            return None;
        }
        let mut nodes: Vec<ExprId> = order.iter().map(|&(e, _)| e).collect();
        if !expand(body, &mut nodes, 0, MAX_LOOP_NODES) {
            return None;
        }
        // The addresses that keep a mask, with the element size's log2.
        let masked: Vec<(ExprId, u32)> = nodes
            .iter()
            .filter_map(|&x| self.shifted_access(x).filter(|&(lhs, k)| self.needs_mask(lhs, k)))
            .collect();
        if masked.is_empty() {
            return None;
        }
        let assigns: Vec<(u32, ExprId)> = nodes
            .iter()
            .filter_map(|&x| match body.expr(x).kind {
                ExprKind::Assign { target, value } => match self.res(target) {
                    Res::Local(l) => Some((l, value)),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        let known = |l: u32| self.known_zeros(l);
        let mut tests: Vec<(u32, u32)> = Vec::new();
        let mut helped = 0;
        for k in (1..=3).rev() {
            if !masked.iter().any(|m| m.1 == k) {
                continue;
            }
            // The locals that stay multiples of 2^k if they all start so:
            // the greatest set closed under the loop's assignments.
            let mut kept: Vec<bool> =
                (0..self.f.locals.len() as u32).map(|l| !self.align_tested.contains(&l)).collect();
            loop {
                let zeros = |l: u32| if kept[l as usize] { k } else { known(l) };
                let lost: Vec<u32> = assigns
                    .iter()
                    .filter(|&&(l, v)| {
                        kept[l as usize] && self.low_zeros_by(v, MAX_DEPTH, &zeros) < k
                    })
                    .map(|&(l, _)| l)
                    .collect();
                if lost.is_empty() {
                    break;
                }
                lost.into_iter().for_each(|l| kept[l as usize] = false);
            }
            let zeros = |l: u32| if kept[l as usize] { k } else { known(l) };
            // The locals to test: those whose alignment the helped
            // addresses need, and those their assignments need, and so on.
            let mut need: Vec<u32> = Vec::new();
            for &(e, _) in masked.iter().filter(|m| m.1 == k) {
                if self.low_zeros_by(e, MAX_DEPTH, &zeros) >= k {
                    helped += 1;
                    self.needed(e, k, &kept, &zeros, MAX_DEPTH, &mut need);
                }
            }
            let mut next = 0;
            while next < need.len() {
                let l = need[next];
                next += 1;
                for &(_, v) in assigns.iter().filter(|a| a.0 == l) {
                    self.needed(v, k, &kept, &zeros, MAX_DEPTH, &mut need);
                }
            }
            for l in need {
                if known(l) < k && !tests.iter().any(|t| t.0 == l) {
                    tests.push((l, k));
                }
            }
        }
        (helped > 0).then_some(LoopAlignment { tests, helped, nodes: nodes.len() })
    }

    /// Add to `out` the locals of `kept` whose low `k` bits must be zero for
    /// `e`'s to be (as [`Emitter::low_zeros_by`] reads `e`, with `zeros`
    /// giving each local's when the loop's pointers are aligned): the
    /// locals of a sum, not those under a shift that makes up for them.
    /// Only locals of `kept`: the fast copy counts on those staying aligned.
    fn needed(
        &self,
        e: ExprId,
        k: u32,
        kept: &[bool],
        zeros: &impl Fn(u32) -> u32,
        depth: u32,
        out: &mut Vec<u32>,
    ) {
        let Some(depth) = depth.checked_sub(1) else { return };
        let known = |l: u32| self.known_zeros(l);
        match self.body.expr(e).kind {
            ExprKind::Name(_) => {
                if let Res::Local(l) = self.res(e)
                    && kept[l as usize]
                    && known(l) < k
                    && !out.contains(&l)
                {
                    out.push(l);
                }
            }
            ExprKind::Unary { op: UnOp::Neg, arg } => self.needed(arg, k, kept, zeros, depth, out),
            ExprKind::Binary { op, lhs, rhs } => match op {
                BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::Xor => {
                    self.needed(lhs, k, kept, zeros, depth, out);
                    self.needed(rhs, k, kept, zeros, depth, out);
                }
                // One aligned side is enough: none needed if one already is.
                BinOp::And
                    if self.low_zeros(lhs, depth) >= k || self.low_zeros(rhs, depth) >= k => {}
                BinOp::And => {
                    let side = if self.low_zeros_by(lhs, depth, zeros) >= k { lhs } else { rhs };
                    self.needed(side, k, kept, zeros, depth, out);
                }
                BinOp::Shl => {
                    if let ExprKind::Num(n) = self.body.expr(rhs).kind
                        && (n.value as i64 as u32 & 31) < k
                    {
                        self.needed(lhs, k, kept, zeros, depth, out);
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }

    /// Whether the address `e` of an access to elements of `2^k` bytes is
    /// emitted with a mask (see [`Emitter::aligned_but_mask`]).
    fn needs_mask(&self, e: ExprId, k: u32) -> bool {
        let through_local = self
            .pointer(e, k, MAX_DEPTH)
            .is_some_and(|p| self.aligned.iter().any(|a| a.param == p && a.k == k));
        !through_local && self.low_zeros(e, MAX_DEPTH) < k
    }
}
