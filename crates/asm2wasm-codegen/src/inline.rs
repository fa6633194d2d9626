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

use asm2wasm_base::ast::StmtKind;
use asm2wasm_check::TypedFunction;

/// The most expression nodes (its parameter annotations included) of a
/// function whose calls from loops are emitted in place.
const MAX_NODES: usize = 48;
/// The most expression nodes of a function whose calls are emitted in
/// place wherever they are.
const TINY_NODES: usize = 32;
/// How many inlined bodies may nest.
const MAX_DEPTH: usize = 2;

/// Whether calls of `f` may be emitted in place: small, and no loop or
/// `switch` (a loop's cost hides the call's; a `switch` is big).
pub(crate) fn inlinable(f: &TypedFunction) -> bool {
    f.ast.body.exprs.len() <= MAX_NODES
        && f.ast.body.stmts.iter().all(|s| {
            !matches!(
                s.kind,
                StmtKind::While { .. }
                    | StmtKind::DoWhile { .. }
                    | StmtKind::For { .. }
                    | StmtKind::Switch { .. }
            )
        })
}

/// Whether a call of `callee` (for which [`inlinable`] said `inlinable`) is
/// emitted in place, from code `loops` loops deep in the bodies `emitting`:
/// the function being emitted, then those emitted in place, innermost last.
pub(crate) fn inlines(
    callee: &TypedFunction,
    inlinable: bool,
    emitting: &[&TypedFunction],
    loops: u32,
) -> bool {
    inlinable
        && (callee.ast.body.exprs.len() <= TINY_NODES || loops > 0)
        && emitting.len() <= MAX_DEPTH
        && !emitting.iter().any(|g| std::ptr::eq(*g, callee))
}
