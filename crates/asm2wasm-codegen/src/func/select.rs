//! Small conditionals as `select`, without a branch.
//!
//! `if (rv > cv) { child = child + 1 | 0; cv = rv; }` branches on data: in
//! heapsort's sift-down on random values the CPU guesses that branch wrong
//! half the time, some 15 cycles each. Its assignments are cheap and
//! cannot fail, so they can all run, each keeping the old value when the
//! test is false: `child = select(child + 1, child, t)`, which Cranelift
//! (and V8) compile to a conditional move. A `c ? a : b` with cheap arms
//! becomes one `select` the same way.
//!
//! Cheap: a literal, a variable, or a local plus or minus a literal (with
//! or without `| 0`). At most [`MAX_ASSIGNMENTS`] assignments, to locals:
//! each runs in order, so a later one reads what an earlier one gave. The
//! test runs first, once, as in JS.

use asm2wasm_base::ast::{BinOp, ExprId, ExprKind, StmtId, StmtKind, UnOp};
use asm2wasm_check::Res;
use wasm_encoder::{BlockType, ValType};

use super::Emitter;

/// The most assignments an `if` emitted as `select`s may make: each costs
/// its value's instructions whatever the test says.
const MAX_ASSIGNMENTS: usize = 2;

impl Emitter<'_, '_> {
    /// The assignments `(local, value)` of `if` body `s` when it is emitted
    /// as `select`s: one or two statements `l = v`, `v` cheap.
    pub(super) fn select_assignments(&self, s: StmtId) -> Option<Vec<(u32, ExprId)>> {
        let body = self.body;
        let list = match &body.stmt(s).kind {
            StmtKind::Block(list) => &list[..],
            StmtKind::Expr(_) => std::slice::from_ref(&s),
            _ => return None,
        };
        if list.is_empty() || list.len() > MAX_ASSIGNMENTS {
            return None;
        }
        list.iter()
            .map(|&st| {
                let StmtKind::Expr(e) = body.stmt(st).kind else { return None };
                let ExprKind::Assign { target, value } = body.expr(e).kind else { return None };
                match self.res(target) {
                    Res::Local(l) if self.cheap(value) => Some((l, value)),
                    _ => None,
                }
            })
            .collect()
    }

    /// `if (test) body` whose body [`Self::select_assignments`] gave
    /// `assignments`.
    pub(super) fn if_as_select(&mut self, test: ExprId, assignments: &[(u32, ExprId)]) {
        if let [(l, v)] = assignments
            && self.is_pure(test)
        {
            // Nothing the test does can change what `v` reads.
            let l = self.local_base + l;
            self.expr(*v);
            self.s().local_get(l);
            self.expr(test);
            self.s().select().local_set(l);
            return;
        }
        self.expr(test);
        let t = self.take(ValType::I32);
        self.s().local_set(t);
        for &(l, v) in assignments {
            let l = self.local_base + l;
            self.expr(v);
            self.s().local_get(l).local_get(t).select().local_set(l);
        }
        self.give(ValType::I32, t);
    }

    /// `test ? cons : alt`, of wasm type `vt`: a `select` when both arms are
    /// cheap and the test has no effect on them, else an `if`.
    pub(super) fn cond(&mut self, test: ExprId, cons: ExprId, alt: ExprId, vt: ValType) {
        if self.cheap(cons) && self.cheap(alt) && self.is_pure(test) {
            self.expr(cons);
            self.expr(alt);
            self.expr(test);
            self.s().select();
            return;
        }
        self.expr(test);
        self.s().if_(BlockType::Result(vt));
        self.expr(cons);
        self.s().else_();
        self.expr(alt);
        self.s().end();
    }

    /// A literal, a variable, or `x ± C` of a local `x` and a literal `C`,
    /// perhaps in `| 0`: a value costing an instruction or two, which
    /// cannot fail.
    fn cheap(&self, e: ExprId) -> bool {
        let body = self.body;
        let leaf = |x: ExprId| match body.expr(x).kind {
            ExprKind::Num(_) => true,
            ExprKind::Unary { op: UnOp::Neg, arg } => {
                matches!(body.expr(arg).kind, ExprKind::Num(_))
            }
            ExprKind::Name(_) => !matches!(self.res(x), Res::None),
            _ => false,
        };
        let e = crate::guard::strip_or0(body, e);
        match body.expr(e).kind {
            ExprKind::Binary { op: BinOp::Add | BinOp::Sub, lhs, rhs } => {
                matches!(self.res(lhs), Res::Local(_))
                    && matches!(body.expr(rhs).kind, ExprKind::Num(_))
            }
            _ => leaf(e),
        }
    }
}
