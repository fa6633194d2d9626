//! Which calls are emitted in place of the call.
//!
//! V8 does not inline one wasm function into another, nor does wasmtime by
//! default, so a call costs a call in the engines our users run. asm.js code
//! calls small accessors and mixers everywhere (`load32(p)`, `xorshift(x)`,
//! `push(v)`). A call of a small function without loops or `switch` is
//! emitted in place ([`crate::func`]'s `inline_call`): from inside a loop
//! when the callee has at most [`MAX_NODES`] expression nodes, anywhere
//! when it has at most [`TINY_NODES`]. Calls inside an inlined body are
//! inlined in turn, at most [`MAX_DEPTH`] deep, and a function already
//! being emitted is never inlined again inside itself (recursion stays a
//! call).

use asm2wasm_check::TypedFunction;
use asm2wasm_syntax::ast::StmtKind;

/// The most expression nodes (its parameter annotations included) of a
/// function whose calls from loops are emitted in place.
pub(crate) const MAX_NODES: usize = 48;
/// The most expression nodes of a function whose calls are emitted in
/// place wherever they are.
pub(crate) const TINY_NODES: usize = 32;
/// How many inlined bodies may nest.
pub(crate) const MAX_DEPTH: usize = 2;

/// Whether calls of `f` may be emitted in place: small, and no loop or
/// `switch` (a loop's cost hides the call's; a `switch` is big).
pub(crate) fn inlinable(f: &TypedFunction) -> bool {
    f.ast.body.exprs.len() <= MAX_NODES
        && f.ast.body.stmts.iter().all(|s| {
            !matches!(s.kind, StmtKind::While { .. } | StmtKind::DoWhile { .. } | StmtKind::For { .. } | StmtKind::Switch { .. })
        })
}

/// Whether a call of `f` (with `nodes` expression nodes) is emitted in
/// place, from code `loops` loops deep.
pub(crate) fn worth_it(nodes: usize, loops: u32) -> bool {
    nodes <= TINY_NODES || loops > 0
}
