//! The diagnostics past the limits of wasm and the engines
//! ([`crate::limits`]), E0200-E0209.

use asm2wasm_base::{Code, Diagnostic, Span};

use crate::limits::{self, thousands};

// ---- limits: functions ------------------------------------------------------

/// A body of more than [`limits::MAX_FUNCTION_NODES`] expression nodes.
#[cold]
pub(crate) fn too_large(name: &str, span: Span, nodes: usize) -> Diagnostic {
    Diagnostic::error(
        Code::E0206,
        span,
        format!(
            "function `{name}` is too large: {} expression nodes, more than {}",
            thousands(nodes),
            thousands(limits::MAX_FUNCTION_NODES)
        ),
    )
    .label("this function")
    .help(format!(
        "V8 and wasm take function bodies of at most {} bytes, and a node takes about two; split the function in several",
        thousands(limits::WASM_MAX_FUNCTION_SIZE)
    ))
}

/// A parameter past [`limits::MAX_PARAMS`].
#[cold]
pub(crate) fn too_many_params(name: &str, fspan: Span, span: Span, count: usize) -> Diagnostic {
    Diagnostic::error(
        Code::E0200,
        span,
        format!(
            "function `{name}` has {} parameters, more than {}",
            thousands(count),
            thousands(limits::MAX_PARAMS)
        ),
    )
    .label(format!("parameter {}", thousands(limits::MAX_PARAMS + 1)))
    .note(fspan, "this function")
    .help(format!(
        "V8 and wasm take at most {} parameters; pass the rest through the heap",
        thousands(limits::MAX_PARAMS)
    ))
}

/// A local past [`limits::MAX_LOCALS`].
#[cold]
pub(crate) fn too_many_locals(name: &str, fspan: Span, span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::E0201,
        span,
        format!(
            "function `{name}` has more than {} parameters and locals",
            thousands(limits::MAX_LOCALS)
        ),
    )
    .label(format!("local {}", thousands(limits::MAX_LOCALS + 1)))
    .note(fspan, "this function")
    .help(format!(
        "wasm and SpiderMonkey take at most {} locals, parameters included; reuse locals, or keep values in the heap",
        thousands(limits::MAX_LOCALS)
    ))
}

/// A call argument past [`limits::MAX_CALL_ARGS`].
#[cold]
pub(crate) fn too_many_args(call: Span, span: Span, count: usize) -> Diagnostic {
    Diagnostic::error(
        Code::E0207,
        span,
        format!(
            "this call passes {} arguments, more than {}",
            thousands(count),
            thousands(limits::MAX_CALL_ARGS)
        ),
    )
    .label(format!("argument {}", thousands(limits::MAX_CALL_ARGS + 1)))
    .note(call, "the call")
    .help(format!(
        "V8 and wasm take at most {} arguments in a call; pass the rest through the heap",
        thousands(limits::MAX_CALL_ARGS)
    ))
}

// ---- limits: modules --------------------------------------------------------

/// The function, or the foreign import (`import`), past [`limits::MAX_FUNCTIONS`].
#[cold]
pub(crate) fn too_many_functions(span: Span, import: bool) -> Diagnostic {
    let what = if import {
        "with this foreign import, the module needs more than"
    } else {
        "this module has more than"
    };
    Diagnostic::error(
        Code::E0202,
        span,
        format!(
            "{what} {} functions and foreign function imports",
            thousands(limits::MAX_FUNCTIONS)
        ),
    )
    .label(if import { "one import too many" } else { "one function too many" })
    .help(format!(
        "a wasm module holds at most {} functions, imports included, of which asm2wasm keeps {} for its helpers and `Math` imports; a foreign function is one import per call signature; split the module",
        thousands(limits::WASM_MAX_FUNCTIONS),
        limits::CODEGEN_FUNCTIONS + limits::CODEGEN_FUNCTION_IMPORTS
    ))
}

/// The foreign import past [`limits::MAX_IMPORTS`].
#[cold]
pub(crate) fn too_many_imports(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::E0203,
        span,
        format!(
            "this module imports more than {} foreign functions and values",
            thousands(limits::MAX_IMPORTS)
        ),
    )
    .label("one import too many")
    .help(format!(
        "V8, SpiderMonkey and the wasm JS API take at most 100,000 imports, of which asm2wasm keeps {} for `Math` and the memory; a foreign function is one import per call signature",
        limits::CODEGEN_IMPORTS
    ))
}

/// A table past [`limits::MAX_TABLE`], or the tables (`total`) past [`limits::MAX_TABLE_ENTRIES`].
#[cold]
pub(crate) fn table_too_large(span: Span, len: usize, total: Option<usize>) -> Diagnostic {
    match total {
        None => Diagnostic::error(
            Code::E0204,
            span,
            format!(
                "this function table has {} entries, more than {}",
                thousands(len),
                thousands(limits::MAX_TABLE)
            ),
        )
        .label("too long")
        .help(format!(
            "SpiderMonkey takes tables of at most 2^23 = {} entries",
            thousands(limits::MAX_TABLE)
        )),
        Some(total) => Diagnostic::error(
            Code::E0204,
            span,
            format!(
                "the function tables have {} entries with this one, more than {}",
                thousands(total),
                thousands(limits::MAX_TABLE_ENTRIES)
            ),
        )
        .label(format!("this table: {} {}", thousands(len), if len == 1 { "entry" } else { "entries" }))
        .help(format!(
            "the tables share one wasm table, which holds at most {} entries; shorten or merge tables",
            thousands(limits::MAX_TABLE_ENTRIES)
        )),
    }
}

/// The global variable past [`limits::MAX_GLOBALS`].
#[cold]
pub(crate) fn too_many_globals(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::E0205,
        span,
        format!(
            "this module's global variables need more than {} wasm globals",
            thousands(limits::MAX_GLOBALS)
        ),
    )
    .label("one global too many")
    .help(format!(
        "a wasm module holds at most {} globals, of which asm2wasm keeps {} for constants; a variable initialised from `foreign` takes two (the import and the variable); keep values in the heap",
        thousands(limits::WASM_MAX_GLOBALS),
        limits::CODEGEN_GLOBALS
    ))
}

/// The export past [`limits::MAX_EXPORTS`].
#[cold]
pub(crate) fn too_many_exports(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::E0208,
        span,
        format!("this module exports more than {} functions", thousands(limits::MAX_EXPORTS)),
    )
    .label("one export too many")
    .help("V8 and the wasm JS API take at most 100,000 exports, of which asm2wasm keeps one for the memory; export fewer functions, or call the others through a function table")
}

/// An export or import name longer than [`limits::MAX_NAME_BYTES`].
#[cold]
pub(crate) fn name_too_long(span: Span, len: usize, what: &str) -> Diagnostic {
    Diagnostic::error(
        Code::E0209,
        span,
        format!(
            "this {what} name is {} bytes long, more than {}",
            thousands(len),
            thousands(limits::MAX_NAME_BYTES)
        ),
    )
    .label("too long")
    .help(format!(
        "wasm import and export names are at most {} bytes of UTF-8; use a shorter name",
        thousands(limits::MAX_NAME_BYTES)
    ))
}
