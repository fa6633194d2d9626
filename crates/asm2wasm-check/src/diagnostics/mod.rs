//! Every diagnostic the checker gives: one `#[cold]` constructor per code
//! and situation, named for the situation, each building its message,
//! labels, notes and help from what it is handed (spans, names, types), so
//! that the rules read as rules: `return Err(diagnostics::xxx(span, ty))`.
//!
//! Grouped by spec section: [`module`] (5.5, 6.1-6.3), [`function`] (5.1-5.4,
//! 6.4-6.10 and the operators of section 8), [`limits`] (the limits of wasm
//! and the engines, [`crate::limits`]); here, what several sections share.

mod function;
mod limits;
mod module;

pub(crate) use function::*;
pub(crate) use limits::*;
pub(crate) use module::*;

use asm2wasm_base::{Code, Diagnostic, Span};

use crate::types::{Ty, VarTy};

// ---- shared wording -----------------------------------------------------------

/// The spec's name of a variable type.
fn var_ty_name(t: VarTy) -> &'static str {
    match t {
        VarTy::Int => "int",
        VarTy::Double => "double",
        VarTy::Float => "float",
    }
}

/// How to make a value of another type into a `want`.
fn coercion_hint(want: Ty) -> &'static str {
    match want {
        Ty::Signed | Ty::Fixnum | Ty::Extern => "coerce it to signed with `(...)|0`",
        Ty::Int | Ty::Intish => "coerce it to int with `(...)|0`",
        Ty::Unsigned => "coerce it to unsigned with `(...)>>>0`",
        Ty::Double | Ty::DoubleQ => "coerce it to double with `+(...)`",
        Ty::Float | Ty::FloatQ | Ty::Floatish => "round it to float with `fround(...)`",
        Ty::Void => "drop the value",
    }
}

/// E0140, the common form: `what` is `got`, where `want` is needed.
fn mismatch(span: Span, what: &str, got: Ty, want: &str, hint: &str) -> Diagnostic {
    Diagnostic::error(Code::E0140, span, format!("{what} must be {want}, found `{got}`"))
        .label(format!("this is `{got}`"))
        .help(hint.to_string())
}

/// E0017, the common form: `what` both engines accept but the spec refuses.
fn strict_only(span: Span, what: &str, help: &str) -> Diagnostic {
    Diagnostic::error(Code::E0017, span, format!("{what} is not asm.js by the spec's letter"))
        .label("both V8 and SpiderMonkey accept this; `--strict` follows the spec")
        .help(help.to_string())
}

// ---- 4 syntax -----------------------------------------------------------------

/// A parameter, local or module-level name `arguments` or `eval` (`n`).
#[cold]
pub(crate) fn reserved_name(span: Span, n: &str) -> Diagnostic {
    Diagnostic::error(Code::E0104, span, format!("`{n}` cannot be declared in asm.js"))
        .label("a reserved name")
        .help("rename it: asm.js forbids `arguments` and `eval` as names")
}

/// `--strict`: a binary, octal or legacy octal numeric literal.
#[cold]
pub(crate) fn strict_extended_literal(span: Span) -> Diagnostic {
    strict_only(
        span,
        "a binary, octal or legacy octal literal",
        "write the number in decimal or hexadecimal (`0x`)",
    )
}

// ---- 5.4 / 5.5 variable initialisers ------------------------------------------

/// An int variable (global or local) initialised with `-2147483648`, which V8 refuses.
#[cold]
pub(crate) fn int_min_initialiser(span: Span) -> Diagnostic {
    asm2wasm_base::engine_refuses(
        asm2wasm_base::Engine::V8,
        span,
        "a variable initialised with `-2147483648`",
        "V8 reads 2147483648 before the minus, out of its int range",
        "initialise it with `0` and assign `-2147483648` in a statement",
    )
}
