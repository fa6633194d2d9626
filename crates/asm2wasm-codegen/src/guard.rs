//! Merged bounds checks in loops.
//!
//! In exact mode each heap access is checked on its own. Loops often make
//! several accesses off one base, and one test before them can prove them
//! all in bounds; the code they are in is then emitted twice,
//! `if (tests) { unchecked } else { checked as usual }` (the `if` hinted
//! likely): the fast copy is what runs in practice, the other keeps exact
//! semantics when a test fails (a base near the end of the heap or past it,
//! or negative with an offset that wraps it back into the heap). Two forms:
//!
//! - [`plan`]: in a run of straight-line statements of a loop body, the
//!   accesses `H[(B + c) >> k]` (or `H[B + c]`) off one base `B` of locals
//!   and literals that the run does not assign before them, with literal
//!   offsets `cmin <= c <= cmax` (with `cmin <= 0 <= cmax`):
//!   `B + cmin <u LEN - (cmax - cmin)` gives `0 <= B + c <= LEN - 1` without
//!   wrapping, `B` included, and the element starts at or below that.
//! - [`plan_loop`]: a loop counting a local `p` up or down to a bound: the
//!   value `p` has at the top of every iteration lies between its value
//!   before the loop and the bound, so testing both proves every access off
//!   `p` that comes before `p`'s step in the iteration, nested statements
//!   included.

use asm2wasm_base::ast::{BinOp, Body, ExprId, ExprKind, StmtId, StmtKind};
use asm2wasm_check::{Res, TypedFunction, View};

/// At most this many expression nodes are duplicated for one guard.
const MAX_NODES: usize = 400;
/// A guard may duplicate at most this many expression nodes per access it
/// proves in bounds: the examples' hot loops need 7 to 22; generated code
/// with a few accesses in long bodies would double in size for little.
const NODES_PER_ACCESS: usize = 24;
/// The same for a guarded loop, whose proof holds for every iteration.
const NODES_PER_LOOP_ACCESS: usize = 32;
/// Bases are compared and judged on trees of at most this depth.
pub(crate) const MAX_BASE_DEPTH: u32 = 6;

/// Tests, and the accesses they prove in bounds when they all hold.
pub(crate) struct Proof {
    pub tests: Vec<Test>,
    /// The index expressions of those accesses.
    pub proven: Vec<ExprId>,
}

/// A proof for a run of a loop body's statements.
pub(crate) struct Guard {
    /// The first statement it covers, by position in the body.
    pub start: usize,
    /// How many statements it covers.
    pub len: usize,
    pub proof: Proof,
}

/// What a guard may assume of the heap length `LEN`.
#[derive(Clone, Copy)]
pub(crate) struct HeapLen {
    /// `LEN` is at least this, a legal length (`LEN` itself when `fixed`).
    pub min: u32,
    /// `LEN` is `min`, known at translation; else it is read when the
    /// module is instantiated, and is at most `2^31 - 2^24`.
    pub fixed: bool,
}

/// One condition of a guard, on an int expression without effects. A
/// limit `LEN - k` has `k` below `LEN`'s least value, so it does not wrap.
pub(crate) enum Test {
    /// `e + add <u LEN - k` (wrapping add)
    Below(ExprId, i32, u32),
    /// `e <=s LEN - k`
    AtMost(ExprId, u32),
    /// `e >=s limit`
    AtLeast(ExprId, i32),
    /// `(l & (2^k - 1)) == 0` for asm.js local `l`: the proof's code may
    /// drop alignment masks off `l` (`crate::func`'s loop alignment).
    Aligned(u32, u32),
}

/// A heap access that needs a check: its index, its byte offset from its
/// group's base, and the statement it is in.
struct Access {
    index: ExprId,
    offset: i64,
    stmt: usize,
}

/// Accesses sharing one base.
struct Group {
    base: ExprId,
    accesses: Vec<usize>,
}

/// Plan the guards of the statements `list` of a loop body: one for each
/// run of straight-line statements (see [`straight_exprs`]) where some base
/// has two or more checked accesses to merge. `view_of` gives the view of a
/// heap object; `checked` says whether an access of that view at that index
/// needs a check at all.
pub(crate) fn plan(
    body: &Body,
    f: &TypedFunction,
    list: &[StmtId],
    heap: HeapLen,
    view_of: impl Fn(ExprId) -> Option<View>,
    checked: impl Fn(View, ExprId) -> bool,
) -> Vec<Guard> {
    let res = |e: ExprId| f.info[e.0 as usize].res;
    let mut guards = Vec::new();
    let mut start = 0;
    while start < list.len() {
        let (consumed, guard) = plan_run(body, &res, &list[start..], heap.min, &view_of, &checked);
        if let Some(mut g) = guard {
            g.start += start;
            guards.push(g);
        }
        start += consumed;
    }
    guards
}

/// The guard of the run of straight-line statements that `list` starts
/// with, if one is worth it, and how many statements the run took (at least
/// one: a statement that is not straight-line is a run of its own, unguarded).
fn plan_run(
    body: &Body,
    res: &impl Fn(ExprId) -> Res,
    list: &[StmtId],
    min_heap: u32,
    view_of: &impl Fn(ExprId) -> Option<View>,
    checked: &impl Fn(View, ExprId) -> bool,
) -> (usize, Option<Guard>) {
    let mut accesses: Vec<Access> = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    // Locals assigned so far, and the bases they invalidate.
    let mut assigned: Vec<u32> = Vec::new();
    // `nodes[i]`: the expression nodes of statements 0 to i.
    let mut nodes: Vec<usize> = Vec::new();
    let mut exprs = Vec::new();
    let mut run = list.len();
    for (i, &s) in list.iter().enumerate() {
        exprs.clear();
        let straight = straight_exprs(body, s, &mut exprs);
        let total = nodes.last().copied().unwrap_or(0) + exprs.len();
        if !straight || total > MAX_NODES {
            run = i.max(1);
            break;
        }
        nodes.push(total);
        for &e in &exprs {
            if let ExprKind::Assign { target, .. } = body.expr(e).kind
                && let Res::Local(l) = res(target)
            {
                assigned.push(l);
            }
        }
        // A base whose locals this statement (or an earlier one) assigns is
        // not the value the test saw: its accesses from here on keep their
        // checks; those before stay proven.
        let live = |b: ExprId| {
            let mut ok = true;
            for_each_local(body, b, res, &mut |l| ok &= !assigned.contains(&l));
            ok
        };
        for &e in &exprs {
            let Some((index, base, offset)) = checked_access(body, e, view_of, checked) else {
                continue;
            };
            if !is_base(body, base, res, MAX_BASE_DEPTH)
                || !live(base)
                || offset.abs() >= i64::from(min_heap / 4)
            {
                continue;
            }
            let k = accesses.len();
            accesses.push(Access { index, offset, stmt: i });
            match groups.iter_mut().find(|g| same(body, g.base, base, res, MAX_BASE_DEPTH)) {
                Some(g) => g.accesses.push(k),
                None => groups.push(Group { base, accesses: vec![k] }),
            }
        }
    }
    let mut guard =
        Guard { start: 0, len: 0, proof: Proof { tests: Vec::new(), proven: Vec::new() } };
    for g in groups.iter().filter(|g| g.accesses.len() >= 2) {
        // `B + cmin <u LEN - (cmax - cmin)` puts every `B + c` in the heap,
        // and `B` itself at 0 or above (`cmin <= 0`), so that `B` plus an
        // instruction offset `c` does not wrap either.
        let offsets = || g.accesses.iter().map(|&k| accesses[k].offset);
        let (cmin, cmax) =
            (offsets().min().unwrap_or(0).min(0), offsets().max().unwrap_or(0).max(0));
        guard.proof.tests.push(Test::Below(g.base, cmin as i32, (cmax - cmin) as u32));
        for &k in &g.accesses {
            guard.proof.proven.push(accesses[k].index);
            guard.len = guard.len.max(accesses[k].stmt + 1);
        }
    }
    if guard.proof.tests.is_empty() {
        return (run, None);
    }
    // Worth its size: at most NODES_PER_ACCESS duplicated nodes per check saved.
    let covered = nodes[guard.len - 1];
    (run, (covered <= NODES_PER_ACCESS * guard.proof.proven.len()).then_some(guard))
}

/// `e` as a heap access that keeps its check, split: its index, and the
/// index's base and constant offset (see [`split`]).
fn checked_access(
    body: &Body,
    e: ExprId,
    view_of: &impl Fn(ExprId) -> Option<View>,
    checked: &impl Fn(View, ExprId) -> bool,
) -> Option<(ExprId, ExprId, i64)> {
    let ExprKind::Index { obj, index } = body.expr(e).kind else { return None };
    let view = view_of(obj)?;
    if !checked(view, index) {
        return None;
    }
    let (base, offset) = split(body, view, index)?;
    Some((index, base, offset))
}

/// Whether the statements `list` are straight-line code of at most `limit`
/// expression nodes.
pub(crate) fn is_small(body: &Body, list: &[StmtId], limit: usize) -> bool {
    let mut exprs = Vec::new();
    list.iter().all(|&s| exprs_of(body, s, limit, &mut exprs))
}

/// Collect the expressions of statement `s` into `out`; false when `s` holds
/// a loop, a `switch` or a labelled statement (the guard duplicates only
/// straight-line code and `if`s).
fn straight_exprs(body: &Body, s: StmtId, out: &mut Vec<ExprId>) -> bool {
    exprs_of(body, s, MAX_NODES, out)
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
pub(crate) fn expand(body: &Body, out: &mut Vec<ExprId>, start: usize, limit: usize) -> bool {
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
pub(crate) fn push_children(body: &Body, e: ExprId, out: &mut Vec<ExprId>) {
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

/// Plan a guard for the loop `s` (a `while`, `do-while` or `for`) when its
/// test bounds one or two counters: `p < end`, `p <= end` (`p` growing),
/// `p > end`, `p >= end` (`p` shrinking), or two such compares joined by
/// `&`, with `end` a local or literal the loop does not assign, and `p`
/// assigned only by steps `p = (p ± k) | 0` in its direction, anywhere in the
/// loop. Every value `p` has at the top of an iteration lies between its
/// value before the loop and the bound, so testing both proves every access
/// `H[(p + c) >> k]` that comes before any step of `p` in the iteration.
pub(crate) fn plan_loop(
    body: &Body,
    f: &TypedFunction,
    s: StmtId,
    heap: HeapLen,
    view_of: impl Fn(ExprId) -> Option<View>,
    checked: impl Fn(View, ExprId) -> bool,
) -> Option<Proof> {
    let res = |e: ExprId| f.info[e.0 as usize].res;
    let local = |e: ExprId| match (body.expr(e).kind, res(e)) {
        (ExprKind::Name(_), Res::Local(l)) => Some(l),
        _ => None,
    };
    let (test, update, b) = match &body.stmt(s).kind {
        StmtKind::For { test: Some(t), update, body: b, .. } => (*t, *update, *b),
        StmtKind::While { test, body: b } | StmtKind::DoWhile { body: b, test } => {
            (*test, None, *b)
        }
        _ => return None,
    };
    // The counters: each compare of the test, `p OP end`, either side
    // perhaps `| 0`.
    let compares = match body.expr(test).kind {
        ExprKind::Binary { op: BinOp::And, lhs, rhs } => vec![lhs, rhs],
        _ => vec![test],
    };
    let mut counters: Vec<Counter> = Vec::new();
    for c in compares {
        let ExprKind::Binary { op, lhs, rhs } = body.expr(c).kind else { return None };
        let (p_expr, end) = (strip_or0(body, lhs), strip_or0(body, rhs));
        if !matches!(op, BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge) {
            continue;
        }
        let (Some(p), end_local) = (local(p_expr), local(end)) else { continue };
        if end_local.is_none() && signed_literal(body, end).is_none() || end_local == Some(p) {
            continue;
        }
        counters.push(Counter {
            p,
            p_expr,
            op,
            end,
            end_local,
            stepped: false,
            cmax: 0,
            proven: Vec::new(),
        });
    }
    if counters.is_empty() {
        return None;
    }
    // The whole loop in execution order: the body, then a `for` update;
    // none for a body of more than `MAX_NODES` expression nodes.
    let mut order = Vec::new();
    if !in_order(body, b, false, MAX_NODES, &mut order) {
        return None;
    }
    let body_len = order.len();
    order.extend(update.map(|u| (u, false)));
    let (mut body_nodes, mut nodes) = (0, Vec::new());
    for (k, &(e, in_nested_loop)) in order.iter().enumerate() {
        // Within one expression, steps count before accesses: an access
        // there keeps its check.
        nodes.clear();
        nodes.push(e);
        if k < body_len {
            if !expand(body, &mut nodes, 0, MAX_NODES - body_nodes) {
                return None;
            }
            body_nodes += nodes.len();
        } else {
            expand(body, &mut nodes, 0, usize::MAX);
        }
        for &x in &nodes {
            let ExprKind::Assign { target, value } = body.expr(x).kind else { continue };
            let Some(l) = local(target) else { continue };
            for c in &mut counters {
                if c.end_local == Some(l) {
                    c.p = u32::MAX; // the bound moves: no guard from it
                } else if c.p == l {
                    let ok = match body.expr(strip_or0(body, value)).kind {
                        ExprKind::Binary {
                            op: dir @ (BinOp::Add | BinOp::Sub),
                            lhs: from,
                            rhs: k,
                        } => {
                            local(from) == Some(l)
                                && matches!(literal(body, k), Some(1..=0x10_0000))
                                && (dir == BinOp::Add) == c.growing()
                        }
                        _ => false,
                    };
                    // A step in a nested loop could run any number of times
                    // and wrap `p` around: no guard from it.
                    if ok && !in_nested_loop {
                        c.stepped = true;
                    } else {
                        c.p = u32::MAX;
                    }
                }
            }
        }
        if counters.iter().all(|c| c.p == u32::MAX) {
            return None;
        }
        for &x in &nodes {
            let Some((index, base, off)) = checked_access(body, x, &view_of, &checked) else {
                continue;
            };
            let Some(c) = counters.iter_mut().find(|c| !c.stepped && local(base) == Some(c.p))
            else {
                continue;
            };
            if (0..i64::from(heap.min / 2)).contains(&off) {
                c.proven.push(index);
                c.cmax = c.cmax.max(off as u32);
            }
        }
    }
    let mut proof = Proof { tests: Vec::new(), proven: Vec::new() };
    for c in counters.into_iter().filter(|c| c.p != u32::MAX && !c.proven.is_empty()) {
        // Every `p` seen before a step is in [0, LEN - 1 - cmax].
        let bound = match (c.growing(), c.op) {
            (true, BinOp::Lt) => Test::AtMost(c.end, c.cmax),
            (true, _) => Test::AtMost(c.end, c.cmax + 1),
            (false, BinOp::Gt) => Test::AtLeast(c.end, -1),
            (false, _) => Test::AtLeast(c.end, 0),
        };
        // A literal bound is judged here: no test, or no proof (or, past
        // the least length of a heap not known yet, the test).
        match (signed_literal(body, c.end), &bound) {
            (Some(v), Test::AtMost(_, k)) if v > (heap.min - k) as i32 => {
                if heap.fixed {
                    continue;
                }
                proof.tests.push(bound);
            }
            (Some(v), Test::AtLeast(_, limit)) if v < *limit => continue,
            (Some(_), _) => {}
            (None, _) => proof.tests.push(bound),
        }
        proof.tests.push(Test::Below(c.p_expr, 0, c.cmax));
        proof.proven.extend(c.proven);
    }
    // Worth its size: the whole loop is emitted twice.
    if proof.proven.is_empty() || body_nodes > NODES_PER_LOOP_ACCESS * proof.proven.len() {
        return None;
    }
    Some(proof)
}

/// A loop counter and what it proves.
struct Counter {
    /// The local (`u32::MAX` once disqualified).
    p: u32,
    p_expr: ExprId,
    /// The test's compare, `p OP end`: `<`, `<=`, `>` or `>=`.
    op: BinOp,
    end: ExprId,
    end_local: Option<u32>,
    /// Whether a step of `p` came before, in execution order.
    stepped: bool,
    cmax: u32,
    proven: Vec<ExprId>,
}

impl Counter {
    /// `p` counts up (`p < end`, `p <= end`), else down.
    fn growing(&self) -> bool {
        matches!(self.op, BinOp::Lt | BinOp::Le)
    }
}

/// The expressions of statement `s` in execution order (a statement's
/// sub-statements in order; `if` arms one after the other, which only
/// delays what an access may count on), each with whether it is inside a
/// loop nested in `s`'s. False, and stop, beyond `limit` of them.
pub(crate) fn in_order(
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

/// `e` without a `| 0` around it.
pub(crate) fn strip_or0(body: &Body, e: ExprId) -> ExprId {
    match body.expr(e).kind {
        ExprKind::Binary { op: BinOp::Or, lhs, rhs } if literal(body, rhs) == Some(0) => lhs,
        _ => e,
    }
}

/// An int literal, negative ones included.
fn signed_literal(body: &Body, e: ExprId) -> Option<i32> {
    match body.expr(e).kind {
        ExprKind::Num(n) if !n.has_dot && (-2147483648.0..2147483648.0).contains(&n.value) => {
            Some(n.value as i32)
        }
        ExprKind::Unary { op: asm2wasm_base::ast::UnOp::Neg, arg } => {
            literal(body, arg).map(|v| (v as i32).wrapping_neg())
        }
        _ => None,
    }
}

/// `H[(B + c) >> k]`, `H[(B - c) >> k]`, `H[B >> k]`, and for byte views
/// `H[B + c]`, `H[B - c]`, `H[B]`, each with or without `| 0` around the sum:
/// the base `B` and the byte offset (`c` or `-c`, `c` an int literal below
/// 2^31).
pub(crate) fn split(body: &Body, view: View, index: ExprId) -> Option<(ExprId, i64)> {
    let mut e = index;
    if view.shift() > 0 {
        match body.expr(e).kind {
            ExprKind::Binary { op: BinOp::Shr, lhs, .. } => e = lhs,
            _ => return None,
        }
    }
    e = strip_or0(body, e);
    match body.expr(e).kind {
        ExprKind::Binary { op: op @ (BinOp::Add | BinOp::Sub), lhs, rhs } => {
            match literal(body, rhs) {
                Some(c) if op == BinOp::Add => Some((lhs, c.into())),
                Some(c) => Some((lhs, -i64::from(c))),
                None => Some((e, 0)),
            }
        }
        _ => Some((e, 0)),
    }
}

/// A non-negative int literal below 2^31.
pub(crate) fn literal(body: &Body, e: ExprId) -> Option<u32> {
    match body.expr(e).kind {
        ExprKind::Num(n) if !n.has_dot && (0.0..2147483648.0).contains(&n.value) => {
            Some(n.value as u32)
        }
        _ => None,
    }
}

/// Whether `e` can be evaluated again for the test, at no cost and with no
/// effect: locals, int literals and non-trapping int operators over them,
/// with at least one local (a constant index is checked at compile time).
fn is_base(body: &Body, e: ExprId, res: &impl Fn(ExprId) -> Res, depth: u32) -> bool {
    fn walk(
        body: &Body,
        e: ExprId,
        res: &impl Fn(ExprId) -> Res,
        depth: u32,
        locals: &mut u32,
    ) -> bool {
        let Some(depth) = depth.checked_sub(1) else { return false };
        match body.expr(e).kind {
            ExprKind::Num(n) => !n.has_dot,
            ExprKind::Name(_) => {
                *locals += 1;
                matches!(res(e), Res::Local(_))
            }
            ExprKind::Binary { op, lhs, rhs } => {
                use BinOp::*;
                matches!(op, Add | Sub | And | Or | Xor | Shl | Shr | ShrU)
                    && walk(body, lhs, res, depth, locals)
                    && walk(body, rhs, res, depth, locals)
            }
            _ => false,
        }
    }
    let mut locals = 0;
    walk(body, e, res, depth, &mut locals) && locals > 0
}

/// Call `f` with every local that the base `e` reads.
fn for_each_local(body: &Body, e: ExprId, res: &impl Fn(ExprId) -> Res, f: &mut impl FnMut(u32)) {
    match body.expr(e).kind {
        ExprKind::Name(_) => {
            if let Res::Local(l) = res(e) {
                f(l);
            }
        }
        ExprKind::Binary { lhs, rhs, .. } => {
            for_each_local(body, lhs, res, f);
            for_each_local(body, rhs, res, f);
        }
        _ => {}
    }
}

/// Whether the bases `a` and `b` are the same expression.
pub(crate) fn same(
    body: &Body,
    a: ExprId,
    b: ExprId,
    res: &impl Fn(ExprId) -> Res,
    depth: u32,
) -> bool {
    let Some(depth) = depth.checked_sub(1) else { return false };
    match (body.expr(a).kind, body.expr(b).kind) {
        (ExprKind::Num(x), ExprKind::Num(y)) => {
            x.value.to_bits() == y.value.to_bits() && x.has_dot == y.has_dot
        }
        (ExprKind::Name(_), ExprKind::Name(_)) => match (res(a), res(b)) {
            (Res::Local(x), Res::Local(y)) => x == y,
            _ => false,
        },
        (
            ExprKind::Binary { op: p, lhs: l1, rhs: r1 },
            ExprKind::Binary { op: q, lhs: l2, rhs: r2 },
        ) => p == q && same(body, l1, l2, res, depth) && same(body, r1, r2, res, depth),
        _ => false,
    }
}
