//! The front end's diagnostics: one `#[cold]` constructor per code and
//! situation, each building the message, its label and its help, so that
//! finding and lowering read as rules.

use swc_ecma_ast as js;

use crate::{Code, Diagnostic, Engine, MAX_NESTING, Span, engine_refuses};

// ---- The file ----

/// E0002: a bracket at `offset` nested deeper than [`MAX_NESTING`].
#[cold]
pub(crate) fn nested_too_deep(offset: u32) -> Diagnostic {
    Diagnostic::error(
        Code::E0002,
        Span::new(offset, offset + 1),
        format!("brackets are nested more than {MAX_NESTING} deep"),
    )
    .label("this one is too deep")
    .help("no real asm.js program nests this deep; the file is refused to keep the parser's stack bounded")
}

/// E0001: swc reports the syntax error `msg` at `span`.
#[cold]
pub(crate) fn syntax_error(span: Span, msg: &str) -> Diagnostic {
    Diagnostic::error(Code::E0001, span, "JavaScript syntax error").label(msg.to_string())
}

/// E0001: a `;` between a function's parameters and its body (swc takes it).
#[cold]
pub(crate) fn semicolon_before_body(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0001, span, "JavaScript syntax error")
        .label("a `;` between a function's parameters and its body")
}

/// E0001: a `for` header without exactly two `;` (swc takes `for (a; b c)`).
#[cold]
pub(crate) fn for_header_semicolons(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0001, span, "JavaScript syntax error")
        .label("a `for` header needs two `;`: `for (init; test; update)`")
}

// ---- The "use asm" directive ----

/// W0001: function `name` starts with a parenthesised `("use asm")`, not the directive.
#[cold]
pub(crate) fn parenthesised_use_asm(span: Span, name: &str) -> Diagnostic {
    Diagnostic::warning(
        Code::W0001,
        span,
        format!("function `{name}` is not asm.js: its \"use asm\" is parenthesised, so it is not a directive"),
    )
    .label("an expression, not a directive")
    .help("write the directive alone: `\"use asm\";`; this function is skipped")
}

/// W0001: function `name`'s prologue spells `"use asm"` with escapes.
#[cold]
pub(crate) fn escaped_use_asm(span: Span, name: &str) -> Diagnostic {
    skipped_function(
        span,
        name,
        "the directive is written with escapes, so it is not the `\"use asm\"` directive",
    )
}

/// W0001: function `name`'s prologue holds `raw`, a directive that mentions
/// asm but is not `"use asm"` (`"almost asm"`).
#[cold]
pub(crate) fn other_asm_directive(span: Span, name: &str, raw: &str) -> Diagnostic {
    skipped_function(span, name, &format!("its directive is {raw}, not \"use asm\""))
}

/// W0001: function `name` is skipped, for the reason `why`.
#[cold]
fn skipped_function(span: Span, name: &str, why: &str) -> Diagnostic {
    Diagnostic::warning(Code::W0001, span, format!("function `{name}` is not asm.js: {why}"))
        .label("not the \"use asm\" directive")
        .help("asm2wasm translates only functions whose prologue holds exactly \"use asm\"; this one is skipped")
}

/// E0016: `"use asm"` comes after another directive of the prologue.
#[cold]
pub(crate) fn use_asm_not_first(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::E0016,
        span,
        "\"use asm\" must be the first statement of the module function",
    )
    .label("another directive comes before it")
    .help("move \"use asm\" to the top of the function body (V8 refuses the module otherwise)")
}

// ---- Module and function bodies ----

/// E0010: a `"use asm"` function that is `async` or a generator.
#[cold]
pub(crate) fn async_module(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::E0010,
        span,
        "an async or generator function cannot be an asm.js module",
    )
    .label("declared `async` or `function*`")
}

/// E0014: a parameter (or a `var`'s name) that is not a plain identifier.
#[cold]
pub(crate) fn param_not_identifier(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0014, span, "a parameter must be a plain identifier")
        .label("default values, patterns and rest parameters are ES2015, not asm.js")
}

/// E0012: the module's `return;` returns nothing.
#[cold]
pub(crate) fn return_without_exports(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0012, span, "the module must return its exports")
        .label("`return;` exports nothing")
        .help("return a function (`return f;`) or an object of functions (`return { f: f };`)")
}

/// E0012: the statement `stmt` in a module body, which holds only global
/// `var`s, function declarations and the export `return`.
#[cold]
pub(crate) fn not_module_item(span: Span, stmt: &js::Stmt) -> Diagnostic {
    let what = stmt_name(stmt);
    Diagnostic::error(Code::E0012, span, format!("{what} is not allowed in a module body"))
        .label("not a global `var`, a function declaration or the export `return`")
        .help("an asm.js module holds, in order: global `var`s, function declarations, function tables, and one `return` of its exports")
}

/// E0015: a `var` declaration without an initialiser.
#[cold]
pub(crate) fn var_without_initialiser(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0015, span, "a variable declaration needs an initialiser")
        .label("the initialiser gives the variable its type")
        .help("write `var x = 0;` for an int, `var x = 0.0;` for a double, `var x = fround(0);` for a float")
}

/// E0010: a function declaration of the module that is `async` or a generator.
#[cold]
pub(crate) fn async_function(span: Span) -> Diagnostic {
    not_asm(span, "an async or generator function", "")
}

/// E0013: a `var` declaration in a `for` header.
#[cold]
pub(crate) fn var_in_for_header(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::E0013,
        span,
        "a `var` declaration is only allowed at the top of a function body",
    )
    .label("declared inside a `for` header")
    .help("declare the variable with the function's other locals and assign it here")
}

/// E0013: the statement `stmt`, which asm.js does not allow in a function.
#[cold]
pub(crate) fn not_asm_statement(span: Span, stmt: &js::Stmt) -> Diagnostic {
    let what = stmt_name(stmt);
    let help = match stmt {
        js::Stmt::Decl(js::Decl::Fn(_)) => {
            "asm.js functions are declared at the top level of the module, not nested"
        }
        js::Stmt::Decl(js::Decl::Var(_)) => "use `var`, at the top of the function body",
        _ => "",
    };
    Diagnostic::error(Code::E0013, span, format!("{what} is not allowed in an asm.js function"))
        .label("not part of the asm.js subset")
        .help(if help.is_empty() {
            "asm.js statements are blocks, expressions, `if`, `return`, loops, `break`, `continue`, labels and `switch`"
        } else {
            help
        })
}

// ---- Expressions ----

/// W0101: a numeric literal with an uppercase `0B` or `0O` prefix.
#[cold]
pub(crate) fn uppercase_binary_octal_prefix(span: Span) -> Diagnostic {
    engine_refuses(
        Engine::V8,
        span,
        "a binary or octal literal with an uppercase `0B` or `0O`",
        "V8's asm.js scanner reads only `0b` and `0o`",
        "write `0b` or `0o`",
    )
}

/// W0101: a numeric literal with an uppercase `0X` prefix.
#[cold]
pub(crate) fn uppercase_hex_prefix(span: Span) -> Diagnostic {
    engine_refuses(
        Engine::V8,
        span,
        "a hexadecimal literal with an uppercase `0X`",
        "V8's asm.js scanner reads only `0x`",
        "write `0x`",
    )
}

/// W0102: an odd run of `~` that parentheses pair differently from SpiderMonkey.
#[cold]
pub(crate) fn parens_in_tilde_run(span: Span) -> Diagnostic {
    engine_refuses(
        Engine::SpiderMonkey,
        span,
        "parentheses inside a run of `~` operators",
        "SpiderMonkey pairs `~` into `~~` from the outermost, whatever the parentheses: it reads `~(~~d)` as `~~(~d)`, a `~` on a double",
        "write the conversion first: `i = ~~d;` then `~i`",
    )
}

/// E0010: a numeric literal with a `_` separator.
#[cold]
pub(crate) fn numeric_separator(span: Span) -> Diagnostic {
    not_asm(span, "a numeric separator", "remove the `_`")
}

/// E0010: a unary operator `op` outside asm.js (`typeof`, `void`, `delete`).
#[cold]
pub(crate) fn unary_operator(span: Span, op: js::UnaryOp) -> Diagnostic {
    not_asm(span, &format!("the `{}` operator", op.as_str()), "")
}

/// E0010: a binary operator `op` outside asm.js (`===`, `&&`, `**`, `in`, ...).
#[cold]
pub(crate) fn binary_operator(span: Span, op: js::BinaryOp) -> Diagnostic {
    use js::BinaryOp as B;
    let help = match op {
        B::EqEqEq => "use `==` on numbers of the same type",
        B::NotEqEq => "use `!=` on numbers of the same type",
        B::LogicalAnd | B::LogicalOr => {
            "use a conditional expression `a ? b : c`, or `&`/`|` on 0/1 values"
        }
        B::Exp => "use `Math.pow`, imported from the stdlib",
        _ => "",
    };
    not_asm(span, &format!("the `{}` operator", op.as_str()), help)
}

/// E0010: a compound assignment `x op= y`.
#[cold]
pub(crate) fn compound_assignment(span: Span, op: js::AssignOp) -> Diagnostic {
    not_asm(
        span,
        &format!("the compound assignment `{}`", op.as_str()),
        "write `x = (x OP y) | 0` (or the coercion of the type) instead",
    )
}

/// E0010: an assignment to something other than a name or a member (a pattern).
#[cold]
pub(crate) fn assignment_target(span: Span) -> Diagnostic {
    not_asm(span, "this assignment target", "assign to a variable or a heap element `H[i >> k]`")
}

/// E0010: a call of `super(...)` or `import(...)`.
#[cold]
pub(crate) fn super_or_import_call(span: Span) -> Diagnostic {
    not_asm(span, "`super(...)` or `import(...)`", "")
}

/// E0010: an array literal with a hole or a spread element.
#[cold]
pub(crate) fn array_hole_or_spread(span: Span) -> Diagnostic {
    not_asm(span, "an array hole or spread", "a function table lists function names: `[f, g]`")
}

/// E0010: a spread argument `f(...xs)`.
#[cold]
pub(crate) fn spread_argument(span: Span) -> Diagnostic {
    not_asm(span, "a spread argument", "")
}

/// E0010: an object property that is not `key: value` (a method, a getter, a shorthand).
#[cold]
pub(crate) fn not_key_value_property(span: Span) -> Diagnostic {
    not_asm(span, "this kind of property", "write the export as `{ name: f }`")
}

/// E0010: an object spread `{ ...o }`.
#[cold]
pub(crate) fn object_spread(span: Span) -> Diagnostic {
    not_asm(span, "an object spread", "")
}

/// E0190: an export name written as a string, `{ "f": f }`.
#[cold]
pub(crate) fn quoted_export_name(span: Span) -> Diagnostic {
    Diagnostic::error(Code::E0190, span, "an export name must be an identifier, not a string")
        .label("a quoted property name")
        .help("write `{ name: f }` without quotes (V8 refuses quoted export names)")
}

/// E0010: a property key that is neither an identifier nor a string
/// (a number, a computed key).
#[cold]
pub(crate) fn bad_property_key(span: Span) -> Diagnostic {
    not_asm(span, "this property key", "export names are identifiers or strings: `{ f: f }`")
}

/// E0010: a private name `o.#x`.
#[cold]
pub(crate) fn private_name(span: Span) -> Diagnostic {
    not_asm(span, "a private name", "")
}

/// E0010: the expression `e`, of a kind asm.js does not have.
#[cold]
pub(crate) fn not_asm_expression(span: Span, e: &js::Expr) -> Diagnostic {
    let (what, help) = expr_name(e);
    not_asm(span, what, help)
}

/// E0010: `what` is outside asm.js; `help`, if not empty, says what to write.
#[cold]
fn not_asm(span: Span, what: &str, help: &str) -> Diagnostic {
    let d = Diagnostic::error(Code::E0010, span, format!("{what} is not allowed in asm.js"))
        .label("not part of the asm.js subset");
    if help.is_empty() { d } else { d.help(help) }
}

/// What a statement is, for a message: "`while`", "a labelled statement".
fn stmt_name(s: &js::Stmt) -> &'static str {
    use js::Stmt::*;
    match s {
        Block(_) => "a block",
        Empty(_) => "an empty statement",
        Debugger(_) => "`debugger`",
        With(_) => "`with`",
        Return(_) => "`return`",
        Labeled(_) => "a labelled statement",
        Break(_) => "`break`",
        Continue(_) => "`continue`",
        If(_) => "`if`",
        Switch(_) => "`switch`",
        Throw(_) => "`throw`",
        Try(_) => "`try`",
        While(_) => "`while`",
        DoWhile(_) => "`do`-`while`",
        For(_) => "`for`",
        ForIn(_) => "`for`-`in`",
        ForOf(_) => "`for`-`of` (ES2015)",
        Decl(js::Decl::Fn(_)) => "a nested function declaration",
        Decl(js::Decl::Class(_)) => "a class declaration (ES2015)",
        Decl(js::Decl::Var(v)) => match v.kind {
            js::VarDeclKind::Var => "a `var` declaration",
            js::VarDeclKind::Let => "`let` (ES2015)",
            js::VarDeclKind::Const => "`const` (ES2015)",
        },
        Decl(_) => "this declaration",
        Expr(_) => "an expression statement",
    }
}

/// What an expression is, for a message, and the help for it (maybe empty).
fn expr_name(e: &js::Expr) -> (&'static str, &'static str) {
    use js::Expr::*;
    match e {
        This(_) => ("`this`", ""),
        Fn(_) => ("a function expression", "declare the function at the top level of the module"),
        Arrow(_) => {
            ("an arrow function (ES2015)", "declare the function at the top level of the module")
        }
        Class(_) => ("a class (ES2015)", ""),
        Update(_) => ("`++`/`--`", "write `x = (x + 1) | 0`"),
        Tpl(_) | TaggedTpl(_) => ("a template literal (ES2015)", ""),
        Lit(js::Lit::Str(_)) => ("a string", "asm.js computes with numbers only"),
        Lit(js::Lit::Bool(_)) => ("a boolean literal", "use `1` and `0`"),
        Lit(js::Lit::Null(_)) => ("`null`", ""),
        Lit(js::Lit::BigInt(_)) => ("a BigInt literal", ""),
        Lit(js::Lit::Regex(_)) => ("a regular expression", ""),
        Yield(_) => ("`yield`", ""),
        Await(_) => ("`await`", ""),
        MetaProp(_) => ("`new.target` / `import.meta`", ""),
        OptChain(_) => ("optional chaining `?.`", ""),
        SuperProp(_) => ("`super`", ""),
        _ => ("this expression", ""),
    }
}
