//! The diagnostics of function bodies: the annotations of 5.1-5.4, 6.5
//! statements, 6.6-6.7 `switch`, 6.8 expressions with the operators of
//! section 8, 6.9 calls and 6.10 heap accesses.

use asm2wasm_base::ast::{BinOp, UnOp};
use asm2wasm_base::{Code, Diagnostic, Engine, Span, engine_refuses};

use super::{coercion_hint, mismatch, var_ty_name};
use crate::function::MAX_ADDITIVE_TERMS;
use crate::types::{GlobalKind, RetTy, Sig, StdFn, Ty, VarTy, View};

// ---- 5.1 parameters -----------------------------------------------------------

/// A parameter `n` whose name an earlier one (`first`) has.
#[cold]
pub(crate) fn param_declared_twice(span: Span, n: &str, first: Span) -> Diagnostic {
    Diagnostic::error(Code::E0120, span, format!("parameter `{n}` is declared twice"))
        .label("again here")
        .note(first, "first here")
}

/// Parameter `index` (from 0) `n` without its annotation statement (`span`: what is there).
#[cold]
pub(crate) fn param_not_annotated(span: Span, n: &str, index: usize, param: Span) -> Diagnostic {
    Diagnostic::error(Code::E0120, span, format!("parameter `{n}` has no type annotation"))
        .label(format!("statement {} of the body must annotate parameter {} `{n}`", index + 1, index + 1))
        .note(param, "the parameter")
        .help(format!("begin the body with `{n} = {n}|0;` (int), `{n} = +{n};` (double) or `{n} = fround({n});` (float), one per parameter, in order"))
}

// ---- 5.4 local variables ------------------------------------------------------

/// A local `n` with the name of a parameter or local before it (`first`).
#[cold]
pub(crate) fn local_declared_twice(span: Span, n: &str, first: Span) -> Diagnostic {
    Diagnostic::error(
        Code::E0121,
        span,
        format!("`{n}` is already a parameter or local of this function"),
    )
    .label("declared again here")
    .note(first, "first declared here")
}

/// A local initialised with something other than a literal.
#[cold]
pub(crate) fn local_init_not_literal(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0121, span, "a local variable must be initialised with a literal")
        .label("not a numeric literal")
        .help("write `var x = 0;` (int), `var x = 0.0;` (double) or `var x = fround(0);` (float), and assign the value in a statement")
}

/// A local initialised with `-0`, a double to SpiderMonkey.
#[cold]
pub(crate) fn local_negative_zero(span: Span) -> Diagnostic {
    engine_refuses(
        Engine::SpiderMonkey,
        span,
        "an int local initialised with `-0`",
        "SpiderMonkey reads `var x = -0` as a double local (V8 and we: an int)",
        "write `var x = 0;`",
    )
}

// ---- 6.5 statements -----------------------------------------------------------

/// A `var` statement after the body's first statements (`decl`: its first name).
#[cold]
pub(crate) fn var_not_at_top(span: Span, decl: Span) -> Diagnostic {
    Diagnostic::error(
        Code::E0183,
        span,
        "local variables must be declared at the top of the function body",
    )
    .label("a `var` after other statements")
    .note(decl, "declared here")
    .help("move the declaration up, after the parameter annotations, and assign the value here")
}

/// The condition of `what` (`` `if` ``, ...), of type `t`, not `int`.
#[cold]
pub(crate) fn condition_not_int(span: Span, what: &str, t: Ty) -> Diagnostic {
    mismatch(span, &format!("the condition of {what}"), t, "`int`", coercion_hint(Ty::Int))
}

/// `continue n` naming a label `n` that is not on a loop.
#[cold]
pub(crate) fn continue_not_loop_label(span: Span, n: &str) -> Diagnostic {
    Diagnostic::error(
        Code::E0182,
        span,
        format!("`continue {n}` names a label that is not on a loop"),
    )
    .label("not a loop label")
    .help("`continue` may only name the label of an enclosing loop")
}

/// `break n` or (`is_continue`) `continue n` with no enclosing label `n`.
#[cold]
pub(crate) fn unknown_label(span: Span, n: &str, is_continue: bool) -> Diagnostic {
    let word = if is_continue { "continue" } else { "break" };
    Diagnostic::error(Code::E0182, span, format!("there is no enclosing label `{n}`"))
        .label("unknown label")
        .help(format!("`{word}` may only name a label of an enclosing statement"))
}

/// `break` (outside of a loop or switch) or `continue` (outside of a loop).
#[cold]
pub(crate) fn jump_outside_target(span: Span, is_continue: bool) -> Diagnostic {
    let word = if is_continue { "continue" } else { "break" };
    Diagnostic::error(
        Code::E0182,
        span,
        format!("`{word}` outside of a loop{}", if is_continue { "" } else { " or switch" }),
    )
    .label("nothing to leave here")
}

/// `return;` in a function returning `want`.
#[cold]
pub(crate) fn return_without_value(span: Span, want: RetTy) -> Diagnostic {
    Diagnostic::error(
        Code::E0122,
        span,
        format!("this function returns `{}`, but this `return` has no value", want.ty()),
    )
    .label("no value")
    .help("the return type comes from the function's last statement; every `return` must agree with it")
}

/// `return e;`, `e` of type `t`, in a function returning nothing.
#[cold]
pub(crate) fn return_value_in_void(span: Span, t: Ty) -> Diagnostic {
    Diagnostic::error(Code::E0122, span, "this function returns nothing, but this `return` has a value")
        .label(format!("this is `{t}`"))
        .help("the return type comes from the function's last statement: end the function with `return e;` to return a value")
}

/// `return e;`, `e` of type `t`, in a function returning `want`.
#[cold]
pub(crate) fn return_type_differs(span: Span, want: Ty, t: Ty) -> Diagnostic {
    Diagnostic::error(Code::E0122, span, format!("this function returns `{want}`, found `{t}`"))
        .label(format!("this is `{t}`"))
        .help(format!(
            "{}; the return type comes from the function's last statement",
            coercion_hint(want)
        ))
}

/// An assignment to an int variable used as `signed` or `unsigned`: `int` to V8.
#[cold]
pub(crate) fn assignment_typed_as_variable(span: Span) -> Diagnostic {
    engine_refuses(
        Engine::V8,
        span,
        "the value of an assignment to an int variable where `signed` or `unsigned` is needed",
        "V8 gives an assignment its variable's type (`int`), not its value's",
        "assign first, then use the variable: `b = (a + 1)|0; if ((b|0) > 10) ...`",
    )
}

// ---- 6.6 / 6.7 switch ---------------------------------------------------------

/// The value of a `switch`, of type `t`, not `signed`.
#[cold]
pub(crate) fn switch_not_signed(span: Span, t: Ty) -> Diagnostic {
    mismatch(span, "the value of a `switch`", t, "`signed`", coercion_hint(Ty::Signed))
}

/// A clause (`span`) after the `default` clause (`default`).
#[cold]
pub(crate) fn default_not_last(span: Span, default: Span) -> Diagnostic {
    Diagnostic::error(Code::E0181, span, "`default` must be the last clause of a switch")
        .label("a clause after `default`")
        .note(default, "`default` is here")
        .help("move `default:` to the end of the switch")
}

/// A `case` label that is not a `signed` literal.
#[cold]
pub(crate) fn case_not_signed_literal(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0181, span, "a `case` label must be a `signed` integer literal")
        .label("not a signed integer literal")
        .help("asm.js cases are literals in [-2^31, 2^31): `case 1:`, `case -1:`")
}

/// A `case` label in parentheses, which V8 refuses.
#[cold]
pub(crate) fn case_parenthesised(span: Span) -> Diagnostic {
    engine_refuses(
        Engine::V8,
        span,
        "parentheses around a `case` label",
        "V8 takes only a bare, optionally negated, integer literal",
        "drop the parentheses: `case -2:`",
    )
}

/// `case v` a second time in one switch (first at `first`).
#[cold]
pub(crate) fn case_twice(span: Span, v: i64, first: Span) -> Diagnostic {
    Diagnostic::error(Code::E0181, span, format!("`case {v}` appears twice in this switch"))
        .label("again here")
        .note(first, "first here")
}

/// A switch whose cases `lo..=hi` span 2^31 values or more.
#[cold]
pub(crate) fn switch_range_too_wide(span: Span, lo: i64, hi: i64) -> Diagnostic {
    Diagnostic::error(
        Code::E0181,
        span,
        format!("the cases of this switch span {lo}..={hi}, more than 2^31 values"),
    )
    .label("this switch")
    .help("asm.js requires the largest and smallest case to differ by less than 2^31")
}

/// A switch whose cases span more than SpiderMonkey's jump tables hold.
#[cold]
pub(crate) fn switch_table_too_large(span: Span) -> Diagnostic {
    engine_refuses(
        Engine::SpiderMonkey,
        span,
        "a switch whose cases span more than 10^6 values",
        "SpiderMonkey compiles every switch to a jump table of at most 10^6 entries",
        "split the switch, or test the outlying cases with `if`",
    )
}

// ---- 6.8 expressions ----------------------------------------------------------

/// E0143 for an int literal past `limit`.
fn int_literal_out_of_range(span: Span, limit: &str) -> Diagnostic {
    Diagnostic::error(Code::E0143, span, "this integer literal is out of range")
        .label(format!("asm.js integers are 32-bit: {limit}"))
        .help("write it as a double literal (with a `.`) if a double is meant")
}

/// A negative int literal below -2^31.
#[cold]
pub(crate) fn negative_literal_too_small(span: Span) -> Diagnostic {
    int_literal_out_of_range(span, "a negative literal must be at least -2147483648")
}

/// An int literal of 2^32 or more.
#[cold]
pub(crate) fn literal_too_large(span: Span) -> Diagnostic {
    int_literal_out_of_range(span, "a literal must be below 2^32")
}

/// A global `n` of kind `kind` (a function, view, constructor, table) used as a value.
#[cold]
pub(crate) fn not_a_value(span: Span, n: &str, kind: GlobalKind) -> Diagnostic {
    let what = match kind {
        GlobalKind::Func(_) | GlobalKind::Ffi(_) | GlobalKind::Std(_) => "a function",
        GlobalKind::View(_) => "a heap view",
        GlobalKind::ViewCtor(_) => "a typed-array constructor",
        GlobalKind::Table(_) => "a function table",
        _ => "not a value",
    };
    Diagnostic::error(Code::E0132, span, format!("`{n}` is {what}, not a value"))
        .label(format!("`{n}` used as a number"))
        .help("functions can only be called, views indexed (`H[i >> 2]`), tables called through (`t[i & m](...)`)")
}

/// The module parameter `n` (`stdlib`, `foreign`, `heap`) used in a function.
#[cold]
pub(crate) fn module_param_in_function(span: Span, n: &str) -> Diagnostic {
    Diagnostic::error(
        Code::E0132,
        span,
        format!("module parameter `{n}` cannot be used inside a function"),
    )
    .label("not a value")
    .help("import what you need from it at the top of the module")
}

/// A name `n` that is no parameter, local or global.
#[cold]
pub(crate) fn unknown_name(span: Span, n: &str) -> Diagnostic {
    Diagnostic::error(Code::E0130, span, format!("cannot find `{n}` in this scope"))
        .label("not a parameter, local or global")
        .help("declare it: a local with `var`, or a global at the top of the module")
}

/// A property access (`a.b`) inside a function.
#[cold]
pub(crate) fn property_access_in_function(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0132, span, "property access is only allowed in global imports")
        .label("a property read inside a function")
        .help("import it once at the top of the module: `var sin = stdlib.Math.sin;`")
}

/// `new`, an array or an object inside a function.
#[cold]
pub(crate) fn module_level_expression(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0132, span, "this expression is only allowed at the module level")
        .label("not an asm.js expression")
        .help("views, tables and exports are declared at the top level of the module")
}

/// A conditional whose arms (`cons` of type `a`, `alt` of type `b`) have no common type.
#[cold]
pub(crate) fn conditional_arms_differ(
    span: Span,
    cons: Span,
    a: Ty,
    alt: Span,
    b: Ty,
) -> Diagnostic {
    Diagnostic::error(Code::E0140, span, format!("the arms of a conditional must both be `int`, both `double` or both `float`, found `{a}` and `{b}`"))
        .label("arms of different types")
        .note(cons, format!("this is `{a}`"))
        .note(alt, format!("this is `{b}`"))
        .help("coerce both arms to the same type: `x|0`, `+x` or `fround(x)`")
}

/// An assignment to `n`, a module-level `const`.
#[cold]
pub(crate) fn assign_to_const(span: Span, n: &str) -> Diagnostic {
    Diagnostic::error(Code::E0131, span, format!("cannot assign to `{n}`: it is a `const`"))
        .label("immutable")
        .help(format!("declare `{n}` with `var` to assign it"))
}

/// An assignment to `n`, an import, a function, a view or a table.
#[cold]
pub(crate) fn assign_to_immutable(span: Span, n: &str) -> Diagnostic {
    Diagnostic::error(Code::E0131, span, format!("cannot assign to `{n}`: it is an import, a function or a view"))
        .label("immutable")
        .help("only parameters, locals and global variables declared with a literal or a foreign value can be assigned")
}

/// An assignment to something other than a variable or a heap element.
#[cold]
pub(crate) fn invalid_assign_target(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0131, span, "cannot assign to this expression")
        .label("not a variable or heap element")
        .help("assign to a variable or a heap element `H[i >> k]`")
}

/// A value (`span`) of type `t` assigned to the variable `n` (at `target`) of type `ty`.
#[cold]
pub(crate) fn assigned_type_differs(
    span: Span,
    n: &str,
    ty: VarTy,
    target: Span,
    t: Ty,
) -> Diagnostic {
    Diagnostic::error(
        Code::E0140,
        span,
        format!("`{n}` is `{}`, the value assigned to it is `{t}`", var_ty_name(ty)),
    )
    .label(format!("this is `{t}`"))
    .note(target, format!("`{}`", var_ty_name(ty)))
    .help(coercion_hint(ty.ty()).to_string())
}

// ---- 8 operators --------------------------------------------------------------

/// The operand of `~~`, of type `t`, neither `double` nor `float?`.
#[cold]
pub(crate) fn to_int_operand(span: Span, t: Ty) -> Diagnostic {
    let hint = if t.is(Ty::Intish) {
        "`~~` converts a double or float; an int needs no conversion: write `x|0`, or `~(~x)` with parentheses"
    } else {
        "coerce it first: `+x` or `fround(x)`"
    };
    mismatch(span, "the operand of `~~`", t, "`double` or `float?`", hint)
}

/// The operand of the unary `op` (not `~~`), of type `t`, that `op` does not take.
#[cold]
pub(crate) fn unary_operand(span: Span, op: UnOp, t: Ty) -> Diagnostic {
    let (want, hint) = match op {
        UnOp::Plus => (
            "`signed`, `unsigned`, `double?` or `float?`",
            "coerce an intish value with `|0` first: `+(x|0)`",
        ),
        UnOp::Neg => ("`int`, `double?` or `float?`", "coerce the operand first"),
        UnOp::Not => ("`int`", coercion_hint(Ty::Int)),
        UnOp::BitNot => (
            "`intish` (or a double or float under `~~`)",
            "use `~~x` to convert a double or float to int",
        ),
        UnOp::ToInt => unreachable!("`~~` has `to_int_operand`"),
    };
    mismatch(span, &format!("the operand of unary `{}`", op.as_str()), t, want, hint)
}

/// `-` on a `double?` operand, which V8 refuses.
#[cold]
pub(crate) fn sub_double_maybe(span: Span) -> Diagnostic {
    engine_refuses(
        Engine::V8,
        span,
        "`-` on a `double?` operand",
        "V8 wants `double` operands for `-` as for `+`",
        "coerce the heap load: `+H[i >> 3] - x`",
    )
}

/// Operands of `+`/`-` of types (`lt`: `int` in an int chain, `r`) that `op` does not take.
#[cold]
pub(crate) fn additive_operands(
    span: Span,
    op: BinOp,
    lhs: Span,
    lt: Ty,
    rhs: Span,
    r: Ty,
) -> Diagnostic {
    let want = match op {
        BinOp::Add => "`int` and `int`, `double` and `double`, or `float?` and `float?`",
        _ => "`int` and `int`, `double?` and `double?`, or `float?` and `float?`",
    };
    let hint = if lt.is(Ty::Intish) || r.is(Ty::Intish) {
        "coerce intish operands with `|0`; to mix int and double, convert the int with `+(x|0)`"
    } else if lt == Ty::Floatish || r == Ty::Floatish {
        "round each float step with `fround(...)` before the next operation"
    } else {
        "convert one operand so both have the same type: `+(x|0)`, `~~x`, `fround(x)`"
    };
    operands(span, op, want, hint, (lhs, lt), (rhs, r))
}

/// An int `+`/`-` chain of more than [`MAX_ADDITIVE_TERMS`] operands.
#[cold]
pub(crate) fn additive_chain_too_long(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::E0142,
        span,
        format!("an int `+`/`-` chain may have at most {MAX_ADDITIVE_TERMS} operands"),
    )
    .label("this chain is longer")
    .help("coerce part of the chain with `|0` to start a new one")
}

/// An int `*` of two int values, neither a small literal.
#[cold]
pub(crate) fn int_product(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::E0141,
        span,
        "int `*` needs one operand to be a literal smaller than 2^20 in magnitude",
    )
    .label("a product of two int values")
    .help(
        "use `Math.imul(a, b)|0` (imported as `var imul = stdlib.Math.imul;`) to multiply two ints",
    )
}

/// Operands of a binary `op` other than `+`/`-` of types (`a`, `b`) that `op` does not take.
#[cold]
pub(crate) fn binary_operands(
    span: Span,
    op: BinOp,
    lhs: Span,
    a: Ty,
    rhs: Span,
    b: Ty,
) -> Diagnostic {
    use BinOp::*;
    let (want, hint) = match op {
        Mul => (
            "`double?` and `double?`, `float?` and `float?`, or `int` and a small int literal",
            "use `Math.imul` for ints; convert mixed operands",
        ),
        Div | Rem => (
            if op == Div {
                "`signed` and `signed`, `unsigned` and `unsigned`, `double?` and `double?`, or `float?` and `float?`"
            } else {
                "`signed` and `signed`, `unsigned` and `unsigned`, or `double?` and `double?`"
            },
            "coerce both operands the same way: `(a|0) / (b|0)`, `(a>>>0) / (b>>>0)` or `+a / +b`",
        ),
        Lt | Le | Gt | Ge | Eq | Ne => (
            "both `signed`, both `unsigned`, both `double` or both `float`",
            "coerce both operands the same way: `(a|0) < (b|0)`, `(a>>>0) < (b>>>0)`, `+a < +b`",
        ),
        _ => ("`intish`", "convert a double or float to int with `~~x`"),
    };
    operands(span, op, want, hint, (lhs, a), (rhs, b))
}

/// E0140 for the operands `(lhs, a)` and `(rhs, b)` of `op`, which wants `want`.
fn operands(
    span: Span,
    op: BinOp,
    want: &str,
    hint: &str,
    (lhs, a): (Span, Ty),
    (rhs, b): (Span, Ty),
) -> Diagnostic {
    Diagnostic::error(
        Code::E0140,
        span,
        format!("the operands of `{}` must be {want}, found `{a}` and `{b}`", op.as_str()),
    )
    .label("operands of mismatched types")
    .note(lhs, format!("this is `{a}`"))
    .note(rhs, format!("this is `{b}`"))
    .help(hint.to_string())
}

// ---- 6.9 calls ----------------------------------------------------------------

/// A call of a module or foreign function, or through a table, without its coercion.
#[cold]
pub(crate) fn uncoerced_call(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0150, span, "this call must be coerced to its return type")
        .label("an uncoerced call")
        .help("write `f(...)|0` for signed, `+f(...)` for double, `fround(f(...))` for float, or call it as a statement for void")
}

/// The callee of a call coerced by its context, as messages name it.
#[derive(Clone, Copy)]
pub(crate) enum Callee<'n> {
    /// A function of the module.
    Function(&'n str),
    /// A function table.
    Table(&'n str),
}

impl std::fmt::Display for Callee<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Callee::Function(n) => write!(f, "function `{n}`"),
            Callee::Table(n) => write!(f, "table `{n}`"),
        }
    }
}

/// What a callee that cannot be called is, for [`not_callable`].
#[derive(Clone, Copy)]
pub(crate) enum Uncallable {
    /// A parameter or local.
    Local,
    /// A name declared nowhere.
    Undeclared,
    /// A property (`stdlib.Math.sin(x)`).
    Member,
    /// Anything else.
    Other,
}

/// A call of something that is not a function or a table.
#[cold]
pub(crate) fn not_callable(span: Span, callee: Uncallable) -> Diagnostic {
    let label = match callee {
        Uncallable::Local => "a local variable, not a function",
        Uncallable::Undeclared => "not declared",
        Uncallable::Member => "stdlib functions must be imported into a global first",
        Uncallable::Other => "not a function",
    };
    Diagnostic::error(Code::E0150, span, "only functions of the module, foreign functions, stdlib functions and tables can be called")
        .label(label)
        .help("import stdlib functions at the top of the module: `var sqrt = stdlib.Math.sqrt;`")
}

/// A call (`span`) of `what`, of type `sig`, with `given` arguments.
#[cold]
pub(crate) fn arg_count(span: Span, what: Callee, sig: &Sig, given: usize) -> Diagnostic {
    Diagnostic::error(
        Code::E0153,
        span,
        format!("{what} takes {} argument(s), {given} given", sig.params.len()),
    )
    .label(format!("its type is `{sig}`"))
    .help("pass exactly one argument per parameter")
}

/// An argument of type `t` for a parameter of type `p` of `what`, of type `sig`.
#[cold]
pub(crate) fn arg_type(span: Span, t: Ty, p: VarTy, what: Callee, sig: &Sig) -> Diagnostic {
    Diagnostic::error(
        Code::E0151,
        span,
        format!("this argument must be `{}`, found `{t}`", var_ty_name(p)),
    )
    .label(format!("this is `{t}`"))
    .help(format!("{}; {what} has type `{sig}`", coercion_hint(p.ty())))
}

/// A call of `what`, which returns `returns`, coerced to `ret`.
#[cold]
pub(crate) fn call_coercion_differs(
    span: Span,
    what: Callee,
    returns: RetTy,
    ret: RetTy,
) -> Diagnostic {
    Diagnostic::error(
        Code::E0152,
        span,
        format!("{what} returns `{}`, but this call is coerced to `{}`", returns.ty(), ret.ty()),
    )
    .label(format!("coerced to `{}`", ret.ty()))
    .help(format!(
        "coerce the call the way the function returns: {}",
        match returns {
            RetTy::Signed => "`f(...)|0`",
            RetTy::Double => "`+f(...)`",
            RetTy::Float => "`fround(f(...))`",
            RetTy::Void => "as a statement `f(...);`",
        }
    ))
}

/// An argument of type `t` to a foreign function, not `extern`.
#[cold]
pub(crate) fn foreign_arg_not_extern(span: Span, t: Ty) -> Diagnostic {
    mismatch(
        span,
        "an argument to a foreign function",
        t,
        "`extern` (`signed` or `double`)",
        "coerce it with `x|0` or `+x`",
    )
}

/// A foreign call coerced to float.
#[cold]
pub(crate) fn foreign_returns_float(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0154, span, "a foreign function cannot return a float")
        .label("coerced to `float`")
        .help("coerce the call to double and round it: `fround(+ffi(...))`")
}

/// The index (of type `t`) of a call through a table, not `intish`.
#[cold]
pub(crate) fn table_index_not_intish(span: Span, t: Ty) -> Diagnostic {
    mismatch(span, "a table index", t, "`intish`", coercion_hint(Ty::Int))
}

/// A call through table `n` of `len` entries not indexed with `i & (len - 1)`.
#[cold]
pub(crate) fn table_index_not_masked(span: Span, n: &str, len: usize) -> Diagnostic {
    let mask = len as f64 - 1.0;
    Diagnostic::error(
        Code::E0171,
        span,
        format!("a call through table `{n}` must index it with `i & {mask}`"),
    )
    .label(format!("the table has {len} entries"))
    .help(format!("write `{n}[i & {mask}](...)`"))
}

/// A table index in parentheses, which V8 refuses.
#[cold]
pub(crate) fn table_index_parenthesised(span: Span) -> Diagnostic {
    engine_refuses(
        Engine::V8,
        span,
        "parentheses around a table index",
        "V8 wants the index written `i & mask`, bare",
        "drop the parentheses: `t[i & 3](...)`",
    )
}

/// `Math.f` called with `tys.len()` arguments, not an arity of its `overloads`.
#[cold]
pub(crate) fn std_arg_count(span: Span, f: StdFn, tys: &[Ty], overloads: &str) -> Diagnostic {
    Diagnostic::error(
        Code::E0153,
        span,
        format!("`Math.{}` called with {} argument(s)", f.name(), tys.len()),
    )
    .label(format!("`({})`", joined(tys)))
    .help(format!("`Math.{}` has the types {overloads}", f.name()))
}

/// `Math.f` called with arguments of types `tys`, which none of its `overloads` takes.
#[cold]
pub(crate) fn std_no_overload(span: Span, f: StdFn, tys: &[Ty], overloads: &str) -> Diagnostic {
    let found = joined(tys);
    Diagnostic::error(
        Code::E0155,
        span,
        format!("no overload of `Math.{}` takes `({found})`", f.name()),
    )
    .label(format!("called with `({found})`"))
    .help(format!("`Math.{}` has the types {overloads}; coerce the arguments to match", f.name()))
}

/// `tys` as a call's argument list: `signed, double`.
fn joined(tys: &[Ty]) -> String {
    tys.iter().map(std::string::ToString::to_string).collect::<Vec<_>>().join(", ")
}

// ---- 6.10 heap accesses -------------------------------------------------------

/// A function table read as a value (indexed outside a call).
#[cold]
pub(crate) fn table_not_called(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0171, span, "a function table can only be called")
        .label("a table read as a value")
        .help("call through it: `t[i & mask](args)`")
}

/// An index into something other than a heap view.
#[cold]
pub(crate) fn not_a_view(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0160, span, "only heap views can be indexed")
        .label("not a heap view")
        .help("declare a view at the top of the module: `var H32 = new stdlib.Int32Array(heap);`")
}

/// A constant index into `view` that is no int literal, or with a byte offset of 2^31 or more.
#[cold]
pub(crate) fn constant_index_out_of_range(span: Span, view: View) -> Diagnostic {
    Diagnostic::error(
        Code::E0161,
        span,
        format!(
            "a constant index into {} must be an int literal with index * {} < 2^31",
            view.name(),
            1 << view.shift()
        ),
    )
    .label("out of range")
    .help("use a smaller index")
}

/// A heap index `(e >> n)` or `e >> (n)` in parentheses, which V8 refuses.
#[cold]
pub(crate) fn heap_index_parenthesised(span: Span) -> Diagnostic {
    engine_refuses(
        Engine::V8,
        span,
        "parentheses around a heap index or its shift amount",
        "V8 wants the index written `e >> n`, with a bare `n`",
        "drop the parentheses: `H[e >> 2]`",
    )
}

/// A byte-view index `e >> n`, `n` not 0, which SpiderMonkey refuses.
#[cold]
pub(crate) fn byte_view_shifted(span: Span) -> Diagnostic {
    engine_refuses(
        Engine::SpiderMonkey,
        span,
        "a byte-view index shifted by other than 0",
        "SpiderMonkey takes `H8[e >> 0]` or an unshifted int, not another shift",
        "coerce the index instead: `H8[(e >> 1)|0]`",
    )
}

/// A heap index of type `t`, not `intish`.
#[cold]
pub(crate) fn heap_index_not_intish(span: Span, t: Ty) -> Diagnostic {
    mismatch(span, "a heap index", t, "`intish`", "convert a double or float with `~~x`")
}

/// An index into `view` shifted by `n`, not by log2 of its element size.
#[cold]
pub(crate) fn heap_index_wrong_shift(span: Span, view: View, n: f64) -> Diagnostic {
    let k = view.shift();
    Diagnostic::error(
        Code::E0160,
        span,
        format!("an index into {} must be shifted by {k}, not {n}", view.name()),
    )
    .label(format!("must be {k}: log2 of the element size {}", 1 << k))
    .help(format!("write `H[i >> {k}]` where `i` is a byte offset"))
}

/// An unshifted index into `view`, whose elements are wider than a byte.
#[cold]
pub(crate) fn heap_index_not_shifted(span: Span, view: View) -> Diagnostic {
    let k = view.shift();
    Diagnostic::error(
        Code::E0160,
        span,
        format!("an index into {} must have the form `e >> {k}`", view.name()),
    )
    .label("not shifted")
    .help(format!("write `H[(i) >> {k}]` where `i` is a byte offset"))
}

/// An unshifted byte-view index of type `intish`, which SpiderMonkey refuses.
#[cold]
pub(crate) fn byte_index_intish(span: Span) -> Diagnostic {
    engine_refuses(
        Engine::SpiderMonkey,
        span,
        "an `intish` byte-view index",
        "SpiderMonkey wants an unshifted byte index to be `int`",
        "coerce it: `H8[(i + 1)|0]`",
    )
}

/// A value of type `t` stored into `view`, not of a type it takes.
#[cold]
pub(crate) fn heap_store_mismatch(span: Span, view: View, t: Ty) -> Diagnostic {
    let want = match view {
        View::F32 => "`floatish` or `double?`",
        View::F64 => "`float?` or `double?`",
        _ => "`intish`",
    };
    let hint = match view {
        View::F32 | View::F64 => "convert an int with `+(x|0)` or `fround(x|0)`",
        _ => "convert a double or float with `~~x`",
    };
    mismatch(span, &format!("a value stored into a {}", view.name()), t, want, hint)
}
