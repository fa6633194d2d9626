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
//! - [`plan_loop`]: a loop counting a local `p` up or down to a bound: every
//!   value `p` takes in the body lies between its value before the loop and
//!   the bound, so testing both proves every access off `p` in the whole
//!   loop, nested statements included.

use asm2wasm_check::{Res, TypedFunction, View};
use asm2wasm_syntax::ast::{BinOp, Body, ExprId, ExprKind, StmtId, StmtKind};

/// At most this many expression nodes are duplicated for one guard.
const MAX_NODES: usize = 400;
/// A guard may duplicate at most this many expression nodes per access it
/// proves in bounds: the examples' hot loops need 7 to 22; generated code
/// with a few accesses in long bodies would double in size for little.
const NODES_PER_ACCESS: usize = 24;
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

/// One condition of a guard, on an int expression without effects.
pub(crate) enum Test {
    /// `e + add <u limit` (wrapping add)
    Below(ExprId, i32, u32),
    /// `e <=s limit`
    AtMost(ExprId, i32),
    /// `e >=s limit`
    AtLeast(ExprId, i32),
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
    heap_size: u32,
    view_of: impl Fn(ExprId) -> Option<View>,
    checked: impl Fn(View, ExprId) -> bool,
) -> Vec<Guard> {
    let res = |e: ExprId| f.info[e.0 as usize].res;
    let mut guards = Vec::new();
    let mut start = 0;
    while start < list.len() {
        let (consumed, guard) = plan_run(body, &res, &list[start..], heap_size, &view_of, &checked);
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
    heap_size: u32,
    view_of: &impl Fn(ExprId) -> Option<View>,
    checked: &impl Fn(View, ExprId) -> bool,
) -> (usize, Option<Guard>) {
    let mut accesses: Vec<Access> = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    // Locals assigned so far, and the bases they invalidate.
    let mut assigned: Vec<u32> = Vec::new();
    let mut nodes = 0;
    let mut exprs = Vec::new();
    let mut run = list.len();
    for (i, &s) in list.iter().enumerate() {
        exprs.clear();
        let straight = straight_exprs(body, s, &mut exprs);
        nodes += exprs.len();
        if !straight || nodes > MAX_NODES {
            run = i.max(1);
            break;
        }
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
            let ExprKind::Index { obj, index } = body.expr(e).kind else { continue };
            let Some(view) = view_of(obj) else { continue };
            if !checked(view, index) {
                continue;
            }
            let Some((base, offset)) = split(body, view, index) else { continue };
            if !is_base(body, base, res, MAX_BASE_DEPTH) || !live(base) || offset.abs() >= i64::from(heap_size / 4) {
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
    let mut guard = Guard { start: 0, len: 0, proof: Proof { tests: Vec::new(), proven: Vec::new() } };
    for g in groups.iter().filter(|g| g.accesses.len() >= 2) {
        // `B + cmin <u LEN - (cmax - cmin)` puts every `B + c` in the heap,
        // and `B` itself at 0 or above (`cmin <= 0`), so that `B` plus an
        // instruction offset `c` does not wrap either.
        let offsets = || g.accesses.iter().map(|&k| accesses[k].offset);
        let (cmin, cmax) = (offsets().min().unwrap_or(0).min(0), offsets().max().unwrap_or(0).max(0));
        guard.proof.tests.push(Test::Below(g.base, cmin as i32, heap_size - (cmax - cmin) as u32));
        for &k in &g.accesses {
            guard.proof.proven.push(accesses[k].index);
            guard.len = guard.len.max(accesses[k].stmt + 1);
        }
    }
    if guard.proof.tests.is_empty() {
        return (run, None);
    }
    // Worth its size: at most NODES_PER_ACCESS duplicated nodes per check saved.
    let mut covered = Vec::new();
    for &s in &list[..guard.len] {
        straight_exprs(body, s, &mut covered);
    }
    (run, (covered.len() <= NODES_PER_ACCESS * guard.proof.proven.len()).then_some(guard))
}

/// Whether the statements `list` are straight-line code of at most `limit`
/// expression nodes.
pub(crate) fn is_small(body: &Body, list: &[StmtId], limit: usize) -> bool {
    let mut exprs = Vec::new();
    list.iter().all(|&s| straight_exprs(body, s, &mut exprs)) && exprs.len() <= limit
}

/// Collect the expressions of statement `s` into `out`; false when `s` holds
/// a loop, a `switch` or a labelled statement (the guard duplicates only
/// straight-line code and `if`s).
fn straight_exprs(body: &Body, s: StmtId, out: &mut Vec<ExprId>) -> bool {
    exprs_of(body, s, false, out)
}

/// Collect the expressions of statement `s` into `out`, at most
/// [`MAX_NODES`] (false beyond); with `loops`, through every statement
/// form, else false at a loop, a `switch` or a labelled statement.
fn exprs_of(body: &Body, s: StmtId, loops: bool, out: &mut Vec<ExprId>) -> bool {
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
            _ if !loops => return false,
            StmtKind::While { test, body: b } | StmtKind::DoWhile { body: b, test } => {
                out.push(*test);
                stmts.push(*b);
            }
            StmtKind::For { init, test, update, body: b } => {
                out.extend([*init, *test, *update].into_iter().flatten());
                stmts.push(*b);
            }
            StmtKind::Labeled { body: b, .. } => stmts.push(*b),
            StmtKind::Switch { disc, cases } => {
                out.push(*disc);
                for c in cases.iter() {
                    out.extend(c.test);
                    stmts.extend(c.body.iter().copied());
                }
            }
        }
        if out.len() > MAX_NODES {
            return false;
        }
    }
    // Every sub-expression, roots included.
    let mut k = start;
    while k < out.len() {
        let e = out[k];
        k += 1;
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
            ExprKind::Comma(l) | ExprKind::Array(l) | ExprKind::Object(l) => out.extend_from_slice(body.list(l)),
        }
        if out.len() > MAX_NODES {
            return false;
        }
    }
    true
}

/// Plan a guard for the loop `s` (a `while`, `do-while` or `for`) when it
/// counts a local `p` up to, or down to, a bound: `p < end`, `p <= end`
/// (`p` growing), `p > end`, `p >= end` (`p` shrinking), with `end` a local
/// or literal the loop does not assign, and `p` assigned only by
/// `p = (p ± k) | 0` as the `for` update or the body's last statement. Then
/// every value `p` takes in the body lies between its value before the loop
/// and the bound, so testing both proves every access `H[(p + c) >> k]` of
/// the body in bounds.
pub(crate) fn plan_loop(
    body: &Body,
    f: &TypedFunction,
    s: StmtId,
    heap_size: u32,
    view_of: impl Fn(ExprId) -> Option<View>,
    checked: impl Fn(View, ExprId) -> bool,
) -> Option<Proof> {
    let res = |e: ExprId| f.info[e.0 as usize].res;
    let local = |e: ExprId| match (body.expr(e).kind, res(e)) {
        (ExprKind::Name(_), Res::Local(l)) => Some(l),
        _ => None,
    };
    let (test, step, b) = match &body.stmt(s).kind {
        StmtKind::For { test: Some(t), update: Some(u), body: b, .. } => (*t, *u, *b),
        StmtKind::While { test, body: b } | StmtKind::DoWhile { body: b, test } => match &body.stmt(*b).kind {
            StmtKind::Block(ss) => match ss.last().map(|&l| &body.stmt(l).kind) {
                Some(StmtKind::Expr(u)) => (*test, *u, *b),
                _ => return None,
            },
            _ => return None,
        },
        _ => return None,
    };
    // The test: `p OP end`, either side perhaps `| 0`.
    let ExprKind::Binary { op, lhs, rhs } = body.expr(test).kind else { return None };
    let (p_expr, end) = (strip_or0(body, lhs), strip_or0(body, rhs));
    let p = local(p_expr)?;
    let end_local = local(end);
    if end_local.is_none() && signed_literal(body, end).is_none() {
        return None;
    }
    // The step: `p = (p + k) | 0` or `p = (p - k) | 0`.
    let ExprKind::Assign { target, value } = body.expr(step).kind else { return None };
    if local(target) != Some(p) {
        return None;
    }
    let ExprKind::Binary { op: dir, lhs: from, rhs: k } = body.expr(strip_or0(body, value)).kind else { return None };
    if local(from) != Some(p) || !matches!(literal(body, k), Some(1..=0x10_0000)) {
        return None;
    }
    let growing = match (dir, op) {
        (BinOp::Add, BinOp::Lt | BinOp::Le) => true,
        (BinOp::Sub, BinOp::Gt | BinOp::Ge) => false,
        _ => return None,
    };
    // Nothing else assigns `p` or `end` in the loop.
    let mut exprs = Vec::new();
    if !exprs_of(body, b, true, &mut exprs) {
        return None;
    }
    let mut assigns = 0;
    for &e in &exprs {
        if let ExprKind::Assign { target, .. } = body.expr(e).kind {
            match local(target) {
                Some(l) if l == p => assigns += 1,
                Some(l) if Some(l) == end_local => return None,
                _ => {}
            }
        }
    }
    // A `for` update is not in the body; a while body's last statement is.
    let in_body = usize::from(!matches!(body.stmt(s).kind, StmtKind::For { .. }));
    if assigns != in_body {
        return None;
    }
    let mut proven = Vec::new();
    let mut cmax = 0;
    for &e in &exprs {
        let ExprKind::Index { obj, index } = body.expr(e).kind else { continue };
        let Some(view) = view_of(obj) else { continue };
        if !checked(view, index) {
            continue;
        }
        match split(body, view, index) {
            Some((base, c)) if local(base) == Some(p) && (0..i64::from(heap_size / 2)).contains(&c) => {
                proven.push(index);
                cmax = cmax.max(c as u32);
            }
            _ => {}
        }
    }
    // Worth its size: the whole loop is emitted twice.
    if proven.is_empty() || exprs.len() > NODES_PER_ACCESS * proven.len() {
        return None;
    }
    // Every `p` the body sees is in [0, heap_size - 1 - cmax].
    let top = (heap_size - 1 - cmax) as i32;
    let mut tests = vec![Test::Below(p_expr, 0, heap_size - cmax)];
    let bound = match (growing, op) {
        (true, BinOp::Lt) => Test::AtMost(end, top + 1),
        (true, _) => Test::AtMost(end, top),
        (false, BinOp::Gt) => Test::AtLeast(end, -1),
        (false, _) => Test::AtLeast(end, 0),
    };
    // A literal bound is judged here: no test, or no guard.
    match (signed_literal(body, end), &bound) {
        (Some(v), Test::AtMost(_, limit)) if v > *limit => return None,
        (Some(v), Test::AtLeast(_, limit)) if v < *limit => return None,
        (Some(_), _) => {}
        (None, _) => tests.push(bound),
    }
    Some(Proof { tests, proven })
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
        ExprKind::Num(n) if !n.has_dot && (-2147483648.0..2147483648.0).contains(&n.value) => Some(n.value as i32),
        ExprKind::Unary { op: asm2wasm_syntax::ast::UnOp::Neg, arg } => literal(body, arg).map(|v| (v as i32).wrapping_neg()),
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
        ExprKind::Binary { op: op @ (BinOp::Add | BinOp::Sub), lhs, rhs } => match literal(body, rhs) {
            Some(c) if op == BinOp::Add => Some((lhs, c.into())),
            Some(c) => Some((lhs, -i64::from(c))),
            None => Some((e, 0)),
        },
        _ => Some((e, 0)),
    }
}

/// A non-negative int literal below 2^31.
pub(crate) fn literal(body: &Body, e: ExprId) -> Option<u32> {
    match body.expr(e).kind {
        ExprKind::Num(n) if !n.has_dot && (0.0..2147483648.0).contains(&n.value) => Some(n.value as u32),
        _ => None,
    }
}

/// Whether `e` can be evaluated again for the test, at no cost and with no
/// effect: locals, int literals and non-trapping int operators over them,
/// with at least one local (a constant index is checked at compile time).
fn is_base(body: &Body, e: ExprId, res: &impl Fn(ExprId) -> Res, depth: u32) -> bool {
    fn walk(body: &Body, e: ExprId, res: &impl Fn(ExprId) -> Res, depth: u32, locals: &mut u32) -> bool {
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
pub(crate) fn same(body: &Body, a: ExprId, b: ExprId, res: &impl Fn(ExprId) -> Res, depth: u32) -> bool {
    let Some(depth) = depth.checked_sub(1) else { return false };
    match (body.expr(a).kind, body.expr(b).kind) {
        (ExprKind::Num(x), ExprKind::Num(y)) => x.value.to_bits() == y.value.to_bits() && x.has_dot == y.has_dot,
        (ExprKind::Name(_), ExprKind::Name(_)) => match (res(a), res(b)) {
            (Res::Local(x), Res::Local(y)) => x == y,
            _ => false,
        },
        (ExprKind::Binary { op: p, lhs: l1, rhs: r1 }, ExprKind::Binary { op: q, lhs: l2, rhs: r2 }) => {
            p == q && same(body, l1, l2, res, depth) && same(body, r1, r2, res, depth)
        }
        _ => false,
    }
}
