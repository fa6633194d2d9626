//! The diagnostics of the module level: 6.1 `ValidateModule`, the global
//! declarations of 5.5, 6.3 `ValidateFunctionTable` and 6.2 `ValidateExport`.

use asm2wasm_base::{Code, Diagnostic, Engine, Span, engine_refuses};

use super::strict_only;
use crate::module::Section;
use crate::types::{Sig, View};

// ---- 6.1 module parameters and sections ---------------------------------------

/// A module with a fourth parameter (`span`), `count` in all.
#[cold]
pub(crate) fn too_many_module_params(span: Span, count: usize) -> Diagnostic {
    Diagnostic::error(
        Code::E0100,
        span,
        format!("an asm.js module takes at most 3 parameters, this one takes {count}"),
    )
    .label("one too many")
    .help("the parameters are `stdlib`, `foreign` and `heap`, in that order")
}

/// A module parameter `n` whose name an earlier one (`first`) has.
#[cold]
pub(crate) fn module_param_twice(span: Span, n: &str, first: Span) -> Diagnostic {
    Diagnostic::error(Code::E0100, span, format!("module parameter `{n}` is declared twice"))
        .label("again here")
        .note(first, "first here")
        .help("`stdlib`, `foreign` and `heap` must have distinct names")
}

/// An item of section `here` after one of the later section `before`.
#[cold]
pub(crate) fn section_out_of_order(span: Span, here: Section, before: Section) -> Diagnostic {
    out_of_order(span, format!("{} must come before {}", here.name(), before.name()))
}

/// A second export `return`.
#[cold]
pub(crate) fn export_twice(span: Span) -> Diagnostic {
    out_of_order(span, "a module has exactly one export `return`".to_string())
}

/// E0102 for an item out of section order.
fn out_of_order(span: Span, msg: String) -> Diagnostic {
    Diagnostic::error(Code::E0102, span, msg)
        .label("out of order")
        .help("an asm.js module holds, in order: global `var`s, function declarations, function tables, and one `return` of its exports")
}

/// A module-level name `n` that is also the name of a module parameter.
#[cold]
pub(crate) fn global_shadows_param(span: Span, n: &str) -> Diagnostic {
    Diagnostic::error(Code::E0101, span, format!("`{n}` is already the name of a module parameter"))
        .label("declared again here")
        .help("every module-level name must be distinct from the module's parameters")
}

/// A module-level name `n` declared a second time (first at `first`).
#[cold]
pub(crate) fn global_declared_twice(span: Span, n: &str, first: Span) -> Diagnostic {
    Diagnostic::error(Code::E0101, span, format!("`{n}` is declared twice in this module"))
        .label("declared again here")
        .note(first, "first declared here")
        .help("module-level names (globals, functions, tables) must all be distinct")
}

/// A module (spanning `module`) without an export `return`: at its last byte.
#[cold]
pub(crate) fn missing_export(module: Span) -> Diagnostic {
    Diagnostic::error(
        Code::E0103,
        Span::new(module.hi.saturating_sub(1), module.hi),
        "the module does not return its exports",
    )
    .label("the module ends here without a `return`")
    .help("end the module with `return f;` or `return { name: f, ... };`")
}

/// `--strict`: a module-level `const`.
#[cold]
pub(crate) fn strict_module_const(span: Span) -> Diagnostic {
    strict_only(span, "a module-level `const`", "declare it with `var`")
}

// ---- 5.5 global variables and imports -----------------------------------------

/// E0110 for a global initialiser of no valid form; `label` says which.
fn bad_global(span: Span, label: String) -> Diagnostic {
    Diagnostic::error(Code::E0110, span, "this is not a valid global initialiser")
        .label(label)
        .help("a global is a numeric literal (`0`, `0.0`), `fround(literal)`, a stdlib import (`stdlib.Math.sin`, `stdlib.Int32Array`), a view (`new stdlib.Int32Array(heap)`) or a foreign import (`foreign.f`, `foreign.x|0`, `+foreign.x`)")
}

/// A global initialised with a negation of something other than a literal.
#[cold]
pub(crate) fn global_not_literal(span: Span) -> Diagnostic {
    bad_global(span, "not a numeric literal".into())
}

/// A global initialised with a call of something other than `fround` on one argument.
#[cold]
pub(crate) fn global_call_not_fround(span: Span) -> Diagnostic {
    bad_global(span, "only `fround(literal)` may be called here".into())
}

/// A global initialised with `fround` of something other than a literal.
#[cold]
pub(crate) fn global_fround_not_literal(span: Span) -> Diagnostic {
    bad_global(span, "the argument of `fround` must be a numeric literal here".into())
}

/// A global initialised with `x|y` other than `foreign.name|0`.
#[cold]
pub(crate) fn global_or_not_foreign(span: Span) -> Diagnostic {
    bad_global(span, "only `foreign.name|0` may be coerced with `|` here".into())
}

/// A global initialised with `+x` other than `+foreign.name`.
#[cold]
pub(crate) fn global_plus_not_foreign(span: Span) -> Diagnostic {
    bad_global(span, "only `+foreign.name` may be coerced with `+` here".into())
}

/// A global initialised with `new` of something other than a stdlib typed array.
#[cold]
pub(crate) fn global_new_not_view(span: Span) -> Diagnostic {
    bad_global(span, "not a typed-array constructor from the stdlib".into())
}

/// A view of `view` built on something other than the module's heap parameter.
#[cold]
pub(crate) fn view_not_on_heap(span: Span, view: View) -> Diagnostic {
    bad_global(
        span,
        format!("a view must be `new {}(heap)` on the module's heap parameter", view.name()),
    )
}

/// A global initialised with an expression of no form a global may take.
#[cold]
pub(crate) fn global_form_unknown(span: Span) -> Diagnostic {
    bad_global(span, "not one of the forms a global may take".into())
}

/// A member import whose object is neither `stdlib`, `stdlib.Math` nor `foreign`.
#[cold]
pub(crate) fn import_not_from_params(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0110, span, "this is not a valid global initialiser")
        .label("imports come from the module's `stdlib` or `foreign` parameter")
        .help("write `stdlib.Math.NAME`, `stdlib.NAME` or `foreign.NAME`, using the module's own parameter names")
}

/// E0111 for a stdlib name (`what`) asm.js does not know.
fn unknown_stdlib(span: Span, what: &str, help: &str) -> Diagnostic {
    Diagnostic::error(
        Code::E0111,
        span,
        format!("`{what}` is not part of the asm.js standard library"),
    )
    .label("unknown name")
    .help(help.to_string())
}

/// `stdlib.p` for a `p` the stdlib lacks.
#[cold]
pub(crate) fn unknown_stdlib_name(span: Span, p: &str) -> Diagnostic {
    unknown_stdlib(
        span,
        &format!("stdlib.{p}"),
        "the stdlib provides `Math`, `Infinity`, `NaN` and the eight typed-array constructors",
    )
}

/// `stdlib.Math.p` for a `p` asm.js does not know.
#[cold]
pub(crate) fn unknown_math_name(span: Span, p: &str) -> Diagnostic {
    unknown_stdlib(
        span,
        &format!("Math.{p}"),
        "asm.js knows Math.acos asin atan cos sin tan exp log ceil floor sqrt abs min max atan2 pow imul fround clz32 and the constants E LN10 LN2 LOG2E LOG10E PI SQRT1_2 SQRT2",
    )
}

/// A global initialised with `-0`, which V8 gives no usable type.
#[cold]
pub(crate) fn global_negative_zero(span: Span) -> Diagnostic {
    engine_refuses(
        Engine::V8,
        span,
        "a global initialised with `-0`",
        "V8 gives it no type that any use accepts",
        "write `-0.0` for a double, `0` for an int",
    )
}

/// A global initialised with an int literal in [2^31, 2^32), which V8 refuses.
#[cold]
pub(crate) fn global_unsigned_literal(span: Span) -> Diagnostic {
    engine_refuses(
        Engine::V8,
        span,
        "a global initialised with an int literal of 2^31 or more",
        "V8 takes a global's int literal in [-2^31, 2^31)",
        "write the same 32 bits as a negative literal: `-1` for `4294967295`",
    )
}

/// A view built from an imported constructor (`new I32(heap)`), which V8 refuses.
#[cold]
pub(crate) fn view_from_imported_ctor(span: Span) -> Diagnostic {
    engine_refuses(
        Engine::V8,
        span,
        "a view built from an imported constructor",
        "V8 builds views only from `stdlib.Int32Array` and its kin, written out",
        "write `new stdlib.Int32Array(heap)`",
    )
}

// ---- 6.3 function tables ------------------------------------------------------

/// A global (not an array) among the function tables.
#[cold]
pub(crate) fn global_after_tables(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::E0102,
        span,
        "global variable declarations must come before function declarations",
    )
    .label("a global after the function tables")
    .help("move this declaration up, with the other globals")
}

/// A table entry that is not a function of the module.
#[cold]
pub(crate) fn table_entry_not_function(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0170, span, "a function table may only list functions of this module")
        .label("not a function of this module")
        .help("write the names of functions declared in this module: `var t = [f, g];`")
}

/// A table entry of type `sig`, the table's first function (at `first`) of type `first_sig`.
#[cold]
pub(crate) fn table_types_differ(
    span: Span,
    sig: &Sig,
    first: Span,
    first_sig: &Sig,
) -> Diagnostic {
    Diagnostic::error(Code::E0170, span, "all functions of a table must have the same type")
        .label(format!("this function is `{sig}`"))
        .note(first, format!("the table's first function is `{first_sig}`"))
        .help("split the table in two, one per function type")
}

/// A table of `len` entries, not a power of 2.
#[cold]
pub(crate) fn table_length_not_power_of_two(span: Span, len: usize) -> Diagnostic {
    Diagnostic::error(
        Code::E0170,
        span,
        format!("a function table's length must be a power of 2, this one has {len}"),
    )
    .label("calls index it with `t[i & (length - 1)]`")
    .help(format!(
        "pad the table to {} entries, repeating a function of the same type",
        len.next_power_of_two().max(1)
    ))
}

// ---- 6.2 export ---------------------------------------------------------------

/// An exported value that is not a function of the module.
#[cold]
pub(crate) fn export_not_function(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0190, span, "only functions of this module can be exported")
        .label("not a function of this module")
        .help("export functions declared in this module: `return { name: f };`")
}

/// `return {};`
#[cold]
pub(crate) fn export_object_empty(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0190, span, "the export object is empty")
        .label("exports nothing")
        .help("export at least one function: `return { f: f };`")
}

/// An export `return` of neither a name nor an object.
#[cold]
pub(crate) fn export_invalid(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::E0190,
        span,
        "the module must return a function or an object of functions",
    )
    .label("not an export")
    .help("end the module with `return f;` or `return { name: f, ... };`")
}
