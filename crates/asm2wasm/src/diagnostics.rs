//! The facade's own diagnostics, about a file as a whole: one `#[cold]`
//! constructor per situation, so that [`check_source`](crate::check_source)
//! reads as rules.

use asm2wasm_syntax::{Code, Diagnostic, Span};

/// E0003: a file without errors in which no function has the `"use asm"` directive.
#[cold]
pub(crate) fn no_module() -> Diagnostic {
    no_module_at(Span::default())
        .help("an asm.js module is a function whose body starts with the directive \"use asm\";")
}

/// E0003: a file without a module whose functions at `skipped` and after
/// were skipped (`W0001`) for a directive that is not `"use asm"`.
#[cold]
pub(crate) fn no_module_but_skipped(skipped: Span) -> Diagnostic {
    no_module_at(skipped).help(
        "the functions marked above are not asm.js; asm2wasm only translates \"use asm\" modules",
    )
}

/// E0003 at `span`, without its help.
#[cold]
fn no_module_at(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0003, span, "no asm.js module in this file")
        .label("no function here has the \"use asm\" directive")
}
