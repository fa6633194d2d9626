//! Walks of a function's AST that the lowering's decisions read.

use asm2wasm_base::ast::{Body, ExprId, ExprKind, StmtId, StmtKind};

/// Whether the statements `list` are straight-line code of at most `limit`
/// expression nodes.
pub(super) fn is_small(body: &Body, list: &[StmtId], limit: usize) -> bool {
    let mut exprs = Vec::new();
    list.iter().all(|&s| exprs_of(body, s, limit, &mut exprs))
}

/// Collect the expressions of the straight-line statement `s` into `out`,
/// until `out` holds more than `limit` (then false); false at a loop, a
/// `switch` or a labelled statement.
fn exprs_of(body: &Body, s: StmtId, limit: usize, out: &mut Vec<ExprId>) -> bool {
    let mut stmts = vec![s];
    let start = out.len();
    while let Some(s) = stmts.pop() {
        match &body.stmt(s).kind {
            StmtKind::Block(ss) => stmts.extend(ss.iter().copied()),
            StmtKind::Expr(e) => out.push(*e),
            StmtKind::Empty | StmtKind::Var(_) | StmtKind::Break(_) | StmtKind::Continue(_) => {}
            StmtKind::Return(v) => out.extend(*v),
            StmtKind::If { test, cons, alt } => {
                out.push(*test);
                stmts.push(*cons);
                stmts.extend(*alt);
            }
            StmtKind::While { .. }
            | StmtKind::DoWhile { .. }
            | StmtKind::For { .. }
            | StmtKind::Labeled { .. }
            | StmtKind::Switch { .. } => {
                return false;
            }
        }
        if out.len() > limit {
            return false;
        }
    }
    expand(body, out, start, limit)
}

/// Add to `out` every sub-expression of `out[start..]`; false, and stop,
/// beyond `limit` entries.
pub(super) fn expand(body: &Body, out: &mut Vec<ExprId>, start: usize, limit: usize) -> bool {
    let mut k = start;
    while k < out.len() {
        let e = out[k];
        k += 1;
        push_children(body, e, out);
        if out.len() > limit {
            return false;
        }
    }
    true
}

/// Push the operands of expression `e` onto `out`.
pub(super) fn push_children(body: &Body, e: ExprId, out: &mut Vec<ExprId>) {
    match body.expr(e).kind {
        ExprKind::Num(_) | ExprKind::Name(_) | ExprKind::Key(_) => {}
        ExprKind::Member { obj, .. } => out.push(obj),
        ExprKind::Index { obj, index } => out.extend([obj, index]),
        ExprKind::Call { callee, args } | ExprKind::New { callee, args } => {
            out.push(callee);
            out.extend_from_slice(body.list(args));
        }
        ExprKind::Unary { arg, .. } => out.push(arg),
        ExprKind::Binary { lhs, rhs, .. } => out.extend([lhs, rhs]),
        ExprKind::Assign { target, value } => out.extend([target, value]),
        ExprKind::Cond { test, cons, alt } => out.extend([test, cons, alt]),
        ExprKind::Comma(l) | ExprKind::Array(l) | ExprKind::Object(l) => {
            out.extend_from_slice(body.list(l));
        }
    }
}

/// The expressions of statement `s` in execution order (a statement's
/// sub-statements in order; `if` arms one after the other, which only
/// delays what an access may count on), each with whether it is inside a
/// loop nested in `s`'s. False, and stop, beyond `limit` of them.
pub(super) fn in_order(
    body: &Body,
    s: StmtId,
    nested: bool,
    limit: usize,
    out: &mut Vec<(ExprId, bool)>,
) -> bool {
    if out.len() > limit {
        return false;
    }
    let push = |e: ExprId, out: &mut Vec<(ExprId, bool)>| out.push((e, nested));
    match &body.stmt(s).kind {
        StmtKind::Block(ss) => return ss.iter().all(|&s| in_order(body, s, nested, limit, out)),
        StmtKind::Expr(e) | StmtKind::Return(Some(e)) => push(*e, out),
        StmtKind::If { test, cons, alt } => {
            push(*test, out);
            return in_order(body, *cons, nested, limit, out)
                && alt.is_none_or(|a| in_order(body, a, nested, limit, out));
        }
        StmtKind::While { test, body: b } => {
            out.push((*test, true));
            return in_order(body, *b, true, limit, out);
        }
        StmtKind::DoWhile { body: b, test } => {
            let ok = in_order(body, *b, true, limit, out);
            out.push((*test, true));
            return ok;
        }
        StmtKind::For { init, test, update, body: b } => {
            if let Some(i) = init {
                push(*i, out);
            }
            out.extend(test.map(|t| (t, true)));
            let ok = in_order(body, *b, true, limit, out);
            out.extend(update.map(|u| (u, true)));
            return ok;
        }
        StmtKind::Labeled { body: b, .. } => return in_order(body, *b, nested, limit, out),
        StmtKind::Switch { disc, cases } => {
            push(*disc, out);
            for c in cases {
                if let Some(t) = c.test {
                    push(t, out);
                }
                if !c.body.iter().all(|&s| in_order(body, s, nested, limit, out)) {
                    return false;
                }
            }
        }
        StmtKind::Empty
        | StmtKind::Var(_)
        | StmtKind::Break(_)
        | StmtKind::Continue(_)
        | StmtKind::Return(None) => {}
    }
    true
}
