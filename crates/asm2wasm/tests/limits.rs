//! Inputs at the limits: deep ones validate and translate, or get a clear
//! diagnostic, never a stack overflow; for each limit of wasm and of the
//! engines (`asm2wasm::check::limits`), a module at the limit validates and
//! translates to a module that wasmparser accepts, and one past it gets the
//! limit's diagnostic, never an internal error. Where a limit is in the
//! hundreds of thousands, the module is parsed from a small text and its AST
//! then grown ([`grow`]), which takes a fraction of the time of parsing
//! megabytes of text.

use std::fmt::Write;

use asm2wasm::check::limits;
use asm2wasm::syntax::ast::{self, BinOp, ExprKind, Item, NumLit, StmtKind};
use asm2wasm::syntax::{Interner, MAX_NESTING};

fn check(text: String) -> asm2wasm::FileReport {
    asm2wasm::with_big_stack(move || asm2wasm::check_source("deep.js", text))
}

/// Valid, and translated to a module that wasmparser accepts.
fn translates(text: String) {
    asm2wasm::with_big_stack(move || {
        let r = asm2wasm::check_source("deep.js", text);
        assert!(r.is_valid(), "{:?}", codes(&r));
        let opts = asm2wasm::codegen::Options::default();
        let wasm = r.translate(0, &opts).expect("translate");
        wasmparser::Validator::new().validate_all(&wasm).expect("a valid module");
    });
}

fn module(body: &str) -> String {
    format!(
        "function M(stdlib) {{\n\"use asm\";\nfunction f(a) {{\na = a|0;\n{body}\n}}\nreturn f;\n}}\n"
    )
}

fn codes(r: &asm2wasm::FileReport) -> Vec<&str> {
    r.diagnostics.iter().map(|d| d.code.as_str()).collect()
}

#[test]
fn additive_chain_of_200000_terms_translates() {
    let chain = vec!["a"; 200_000].join(" + ");
    translates(module(&format!("return ({chain})|0;")));
}

#[test]
fn additive_chain_longer_than_2_pow_20_is_refused() {
    let chain = vec!["a"; (1 << 20) + 1].join("+");
    let r = check(module(&format!("return ({chain})|0;")));
    assert_eq!(codes(&r), ["E0142"]);
}

#[test]
fn bitwise_chain_of_200000_terms_translates() {
    let chain = vec!["a"; 200_000].join(" | ");
    translates(module(&format!("return {chain}|0;")));
}

#[test]
fn ten_thousand_nested_bitwise_operators_translate() {
    // `a ^ (a ^ (... ^ a))`: one chain, which codegen flattens and balances.
    let n = 10_000;
    translates(module(&format!("return {}a{}|0;", "(a ^ ".repeat(n), ")".repeat(n))));
}

#[test]
fn ten_thousand_nested_parentheses_translate() {
    let n = 10_000;
    translates(module(&format!("return {}a{}|0;", "(".repeat(n), ")".repeat(n))));
}

#[test]
fn ten_thousand_nested_blocks_translate() {
    let n = 10_000;
    translates(module(&format!("{}a = 1;{}return a|0;", "{".repeat(n), "}".repeat(n))));
}

#[test]
fn ten_thousand_nested_ifs_translate() {
    let n = 10_000;
    translates(module(&format!("{}a = 1;return a|0;", "if (a) ".repeat(n))));
}

#[test]
fn ten_thousand_nested_unary_operators_translate() {
    // `~-~-...a`: alternating, since `~~` is one operator that takes no int.
    translates(module(&format!("return {}a|0;", "~-".repeat(5_000))));
}

#[test]
fn nesting_beyond_the_bound_is_a_diagnostic() {
    let n = MAX_NESTING + 1;
    let r = check(module(&format!("return {}a{}|0;", "(".repeat(n), ")".repeat(n))));
    assert_eq!(codes(&r), ["E0002"]);
    let text = r.source().render(&r.diagnostics[0]);
    assert!(text.contains("nested more than"), "{text}");
}

#[test]
fn nesting_at_the_bound_translates() {
    let n = MAX_NESTING - 10;
    translates(module(&format!("return {}a{}|0;", "(".repeat(n), ")".repeat(n))));
}

// ---- limits of wasm and of the engines ------------------------------------

/// The asm.js translated with `opts`, which wasmparser accepts.
fn translate_with(text: String, opts: asm2wasm::codegen::Options) -> Vec<u8> {
    asm2wasm::with_big_stack(move || {
        let r = asm2wasm::check_source("limit.js", text);
        assert!(r.is_valid(), "{:?}", codes(&r));
        r.translate(0, &opts).expect("translate")
    })
}

/// The one error of `text`, which must be `code`; the report renders.
fn refused(text: String, code: &str) {
    let r = check(text);
    assert_eq!(codes(&r), [code]);
    let rendered = r.source().render(&r.diagnostics[0]);
    assert!(rendered.contains(code), "{rendered}");
}

/// What a translated module holds.
#[derive(Debug, Default, PartialEq)]
struct Counts {
    /// Imported and defined.
    functions: usize,
    imports: usize,
    exports: usize,
    /// Imported and defined.
    globals: usize,
    table: u64,
    /// The most locals of a function, parameters included.
    locals: u32,
}

/// What `wasm` holds. (`codegen::compile` has validated it with
/// wasmparser, and returns an internal error for a module that does not
/// validate: the tests do not validate again what they count.)
fn counts(wasm: &[u8]) -> Counts {
    use wasmparser::{Payload, TypeRef};
    let mut c = Counts::default();
    for p in wasmparser::Parser::new(0).parse_all(wasm) {
        match p.unwrap() {
            Payload::ImportSection(r) => {
                for i in r.into_imports() {
                    c.imports += 1;
                    match i.unwrap().ty {
                        TypeRef::Func(_) => c.functions += 1,
                        TypeRef::Global(_) => c.globals += 1,
                        _ => {}
                    }
                }
            }
            Payload::FunctionSection(r) => c.functions += r.count() as usize,
            Payload::GlobalSection(r) => c.globals += r.count() as usize,
            Payload::ExportSection(r) => c.exports += r.count() as usize,
            Payload::TableSection(r) => {
                c.table = r.into_iter().map(|t| t.unwrap().ty.initial).sum();
            }
            Payload::CodeSectionEntry(body) => {
                let mut n = 0;
                for l in body.get_locals_reader().unwrap() {
                    n += l.unwrap().0;
                }
                c.locals = c.locals.max(n);
            }
            _ => {}
        }
    }
    c
}

/// A module of one function `f(p0, ...)` whose body is `body`.
fn function_module(params: usize, body: &str) -> String {
    let ps: Vec<String> = (0..params).map(|i| format!("p{i}")).collect();
    let ann = ps.iter().fold(String::new(), |mut t, p| {
        write!(t, "{p}={p}|0;").unwrap();
        t
    });
    format!(
        "function M(stdlib, foreign, heap) {{\n\"use asm\";\nfunction f({}) {{\n{ann}\n{body}\n}}\nreturn f;\n}}\n",
        ps.join(",")
    )
}

#[test]
fn parameters_at_the_limit_translate() {
    translates(function_module(limits::MAX_PARAMS, ""));
}

#[test]
fn parameters_past_the_limit_are_refused() {
    refused(function_module(limits::MAX_PARAMS + 1, ""), "E0200");
}

/// A function of `params` parameters and `locals` locals.
fn locals_module(params: usize, locals: usize) -> String {
    let vs: Vec<String> = (0..locals).map(|i| format!("v{i}=0")).collect();
    function_module(params, &format!("var {};", vs.join(",")))
}

#[test]
fn locals_at_the_limit_translate() {
    let wasm = translate_with(locals_module(1_000, limits::MAX_LOCALS - 1_000), Default::default());
    assert_eq!(counts(&wasm).locals as usize, limits::MAX_LOCALS - 1_000);
}

#[test]
fn locals_past_the_limit_are_refused() {
    refused(locals_module(1_000, limits::MAX_LOCALS - 999), "E0201");
    refused(locals_module(0, limits::MAX_LOCALS + 1), "E0201");
}

/// Calls of `n` arguments: to a foreign function, and to `Math.min`.
fn call_modules(n: usize) -> [String; 2] {
    let zeros = vec!["0"; n].join(",");
    let ints = vec!["a|0"; n].join(",");
    [
        format!(
            "function M(stdlib, foreign, heap) {{ \"use asm\"; var h = foreign.h; function f(a) {{ a = a|0; h({zeros}); }} return f; }}"
        ),
        format!(
            "function M(stdlib, foreign, heap) {{ \"use asm\"; var min = stdlib.Math.min; function f(a) {{ a = a|0; return min({ints})|0; }} return f; }}"
        ),
    ]
}

#[test]
fn call_arguments_at_the_limit_translate() {
    for text in call_modules(limits::MAX_CALL_ARGS) {
        translates(text);
    }
}

#[test]
fn call_arguments_past_the_limit_are_refused() {
    for text in call_modules(limits::MAX_CALL_ARGS + 1) {
        refused(text, "E0207");
    }
}

/// A module of `n` functions, each exported under its name.
fn exports_module(n: usize) -> String {
    let fs = (0..n).fold(String::new(), |mut t, i| {
        write!(t, "function f{i}(){{}}").unwrap();
        t
    });
    let ex: Vec<String> = (0..n).map(|i| format!("f{i}:f{i}")).collect();
    format!(
        "function M(stdlib, foreign, heap) {{ \"use asm\"; {fs} return {{{}}}; }}",
        ex.join(",")
    )
}

#[test]
fn exports_at_the_limit_translate() {
    // With the memory's, 100,000 exports: what V8 and the JS API take.
    let wasm = translate_with(exports_module(limits::MAX_EXPORTS), Default::default());
    assert_eq!(counts(&wasm).exports, 100_000);
}

#[test]
fn exports_past_the_limit_are_refused() {
    refused(exports_module(limits::MAX_EXPORTS + 1), "E0208");
}

/// A module exporting `f` as a name of `n` bytes, and importing one.
fn names_modules(n: usize) -> [String; 2] {
    let long = "x".repeat(n);
    [
        format!("function M() {{ \"use asm\"; function f() {{}} return {{ {long}: f }}; }}"),
        format!(
            "function M(stdlib, foreign) {{ \"use asm\"; var h = foreign.{long}; function f() {{ h(); }} return f; }}"
        ),
    ]
}

#[test]
fn names_at_the_limit_translate() {
    for text in names_modules(limits::MAX_NAME_BYTES) {
        translates(text);
    }
}

#[test]
fn names_past_the_limit_are_refused() {
    for text in names_modules(limits::MAX_NAME_BYTES + 1) {
        refused(text, "E0209");
    }
}

/// The `Math` functions translated as imports.
const MATH: [&str; 10] =
    ["sin", "cos", "tan", "asin", "acos", "atan", "exp", "log", "atan2", "pow"];

/// A module importing `functions` foreign functions and `values` foreign
/// values, and calling every `Math` import.
fn imports_module(functions: usize, values: usize) -> String {
    let mut t = String::from("function M(stdlib, foreign, heap) { \"use asm\";");
    for m in MATH {
        t += &format!("var {m} = stdlib.Math.{m};");
    }
    for i in 0..functions {
        t += &format!("var h{i} = foreign.h{i};");
    }
    for i in 0..values {
        t += &format!("var x{i} = foreign.x{i}|0;");
    }
    t += "function f() { var d = 0.0;";
    for m in MATH {
        let args = if m == "atan2" || m == "pow" { "1.0, 1.0" } else { "1.0" };
        t += &format!("d = +{m}({args});");
    }
    for i in 0..functions {
        t += &format!("h{i}();");
    }
    t + "} return f; }"
}

#[test]
fn imports_at_the_limit_translate() {
    // With the `Math` functions and the memory, 100,000 imports: what V8,
    // SpiderMonkey and the JS API take.
    let opts = asm2wasm::codegen::Options { import_memory: true, ..Default::default() };
    let wasm = translate_with(imports_module(limits::MAX_IMPORTS - 1, 1), opts);
    assert_eq!(counts(&wasm).imports, 100_000);
}

#[test]
fn imports_past_the_limit_are_refused() {
    refused(imports_module(limits::MAX_IMPORTS, 1), "E0203");
    refused(imports_module(0, limits::MAX_IMPORTS + 1), "E0203");
}

/// The module of `text`, its AST grown by `grow`, checked.
fn grow(
    text: &str,
    grow: impl FnOnce(&mut ast::Module, &mut Interner),
) -> (Option<asm2wasm::check::TypedModule>, Vec<&'static str>, Interner) {
    let parsed = asm2wasm::syntax::parse(text);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let (mut module, mut names) = (parsed.modules.into_iter().next().unwrap(), parsed.interner);
    grow(&mut module, &mut names);
    let (typed, diags) = asm2wasm::check::check(module, &names);
    (typed, diags.iter().map(|d| d.code.as_str()).collect(), names)
}

/// Translated (and so validated by wasmparser), counted.
fn grown_translates(typed: Option<asm2wasm::check::TypedModule>, names: &Interner) -> Counts {
    grown_translates_with(typed, names, &asm2wasm::codegen::Options::default())
}

/// [`grown_translates`] with `opts`.
fn grown_translates_with(
    typed: Option<asm2wasm::check::TypedModule>,
    names: &Interner,
    opts: &asm2wasm::codegen::Options,
) -> Counts {
    let wasm = asm2wasm::codegen::compile(&typed.expect("valid"), names, opts).expect("translate");
    counts(&wasm)
}

/// Uses every helper (the out-of-line loads and stores too: `f` is too big
/// to be one that loops call), every `Math` import and three foreign
/// imports: what codegen adds to the module's functions.
const EVERY_HELPER: &str = r#"
function M(stdlib, foreign, heap) {
    "use asm";
    var sin = stdlib.Math.sin, cos = stdlib.Math.cos, tan = stdlib.Math.tan;
    var asin = stdlib.Math.asin, acos = stdlib.Math.acos, atan = stdlib.Math.atan;
    var exp = stdlib.Math.exp, log = stdlib.Math.log, atan2 = stdlib.Math.atan2, pow = stdlib.Math.pow;
    var h = foreign.h;
    var I8 = new stdlib.Int8Array(heap), U8 = new stdlib.Uint8Array(heap);
    var I16 = new stdlib.Int16Array(heap), U16 = new stdlib.Uint16Array(heap);
    var I32 = new stdlib.Int32Array(heap), F32 = new stdlib.Float32Array(heap);
    var F64 = new stdlib.Float64Array(heap);
    function f(a, b) {
        a = a|0; b = b|0;
        var x = 0.0;
        I8[a] = a; I16[a >> 1] = a; I32[a >> 2] = a; F32[a >> 2] = x; F64[a >> 3] = x;
        a = ((I8[a]|0) + (U8[a]|0))|0;
        a = ((I16[a >> 1]|0) + (U16[a >> 1]|0))|0;
        a = I32[a >> 2]|0;
        x = +F32[a >> 2] + +F64[a >> 3];
        x = +sin(x) + +cos(x) + +tan(x) + +asin(x) + +acos(x) + +atan(x) + +exp(x) + +log(x) + +atan2(x, x) + +pow(x, x);
        a = ((a|0) / (b|0))|0;
        a = ((a>>>0) / (b>>>0))|0;
        a = ((a|0) % (b|0))|0;
        a = ((a>>>0) % (b>>>0))|0;
        a = ~~x;
        x = x % 1.5;
        h(); h(a|0); h(+x);
        return a|0;
    }
    return f;
}
"#;

/// [`EVERY_HELPER`] with empty functions appended up to `functions`.
fn functions_module(functions: usize) -> impl FnOnce(&mut ast::Module, &mut Interner) {
    move |m, names| {
        let ret = m.items.pop().expect("the export");
        let span = m.span;
        m.items.reserve(functions);
        names.reserve(functions);
        let mut name = String::new();
        m.items.extend((1..functions).map(|i| {
            name.clear();
            write!(name, "g{i}").unwrap();
            let name = ast::Name { sym: names.intern(&name), span };
            Item::Function(ast::Function {
                name,
                span,
                params: Vec::new(),
                stmts: Vec::new(),
                body: ast::Body::default(),
            })
        }));
        m.items.push(ret);
    }
}

#[test]
fn functions_at_the_limit_translate() {
    // The asm.js functions and the foreign imports at the limit, with every
    // helper and `Math` import: the 1,000,000 functions wasm takes.
    let (typed, codes, names) = grow(EVERY_HELPER, functions_module(limits::MAX_FUNCTIONS - 3));
    assert_eq!(codes, [""; 0]);
    // Every function codegen can add: the helpers, the exact loads and
    // stores out of line, and an imported memory's start function.
    let opts = asm2wasm::codegen::Options {
        import_memory: true,
        checks_out_of_line: true,
        ..Default::default()
    };
    assert_eq!(grown_translates_with(typed, &names, &opts).functions, limits::WASM_MAX_FUNCTIONS);
}

#[test]
fn functions_past_the_limit_are_refused() {
    let (typed, codes, _) = grow(EVERY_HELPER, functions_module(limits::MAX_FUNCTIONS - 2));
    assert!(typed.is_none());
    assert_eq!(codes, ["E0202"]);
}

#[test]
fn a_foreign_import_past_the_functions_limit_is_refused() {
    // At the limit, one more foreign import (a call signature) is one too many.
    let more = EVERY_HELPER.replace("h(+x);", "h(+x); h(a|0, a|0);");
    let (typed, codes, _) = grow(&more, functions_module(limits::MAX_FUNCTIONS - 3));
    assert!(typed.is_none());
    assert_eq!(codes, ["E0202"]);
}

/// Uses every constant global, with a foreign value (two wasm globals) and
/// a variable `g` that `f` assigns.
const EVERY_CONSTANT: &str = r#"
function M(stdlib, foreign, heap) {
    "use asm";
    var F32 = new stdlib.Float32Array(heap);
    var F64 = new stdlib.Float64Array(heap);
    var fround = stdlib.Math.fround;
    var x = foreign.x|0;
    var g = 0;
    function f(i) { i = i|0; x = 1; g = 1; return +F64[i >> 3]; }
    function f2(i) { i = i|0; return fround(F32[i >> 2]); }
    return f;
}
"#;

/// [`EVERY_CONSTANT`] with variables `g1`, ... declared after `g`, each
/// assigned in `f`, up to `slots` wasm globals (`x` takes two).
fn globals_module(slots: usize) -> impl FnOnce(&mut ast::Module, &mut Interner) {
    move |m, names| {
        let n = slots - 3;
        let Some(Item::Var(decls)) = m
            .items
            .iter_mut()
            .find(|i| matches!(i, Item::Var(d) if d.iter().any(|d| names.get(d.name.sym) == "g")))
        else {
            panic!("no `var g`")
        };
        let g = decls[0];
        names.reserve(n);
        let syms: Vec<_> = (1..=n).map(|i| names.intern(&format!("g{i}"))).collect();
        decls.extend(
            syms.iter().map(|&sym| ast::VarDecl { name: ast::Name { sym, ..g.name }, ..g }),
        );
        let f = m.items.iter_mut().find_map(|i| match i {
            Item::Function(f) if names.get(f.name.sym) == "f" => Some(f),
            _ => None,
        });
        let f = f.unwrap();
        let span = f.span;
        let one = f.body.push_expr(
            ExprKind::Num(NumLit { value: 1.0, has_dot: false, extension: false }),
            span,
        );
        let stmts: Vec<_> = syms
            .iter()
            .map(|&sym| {
                let target = f.body.push_expr(ExprKind::Name(sym), span);
                let set = f.body.push_expr(ExprKind::Assign { target, value: one }, span);
                f.body.push_stmt(StmtKind::Expr(set), span)
            })
            .collect();
        let at = f.stmts.len() - 1;
        f.stmts.splice(at..at, stmts);
    }
}

#[test]
fn globals_at_the_limit_translate() {
    let (typed, codes, names) = grow(EVERY_CONSTANT, globals_module(limits::MAX_GLOBALS));
    assert_eq!(codes, [""; 0]);
    assert_eq!(grown_translates(typed, &names).globals, limits::WASM_MAX_GLOBALS);
}

#[test]
fn globals_past_the_limit_are_refused() {
    let (typed, codes, _) = grow(EVERY_CONSTANT, globals_module(limits::MAX_GLOBALS + 1));
    assert!(typed.is_none());
    assert_eq!(codes, ["E0205"]);
}

/// Tables `t0 = [f]`, `t1 = [f]`, ... grown to `sizes`.
fn tables_module(sizes: &[usize]) -> (String, impl FnOnce(&mut ast::Module, &mut Interner)) {
    let tables: Vec<String> = (0..sizes.len()).map(|i| format!("t{i} = [f]")).collect();
    let text = format!(
        "function M() {{ \"use asm\"; function f() {{}} var {}; return f; }}",
        tables.join(", ")
    );
    let sizes = sizes.to_vec();
    let grow = move |m: &mut ast::Module, _: &mut Interner| {
        let Some(Item::Var(decls)) = m.items.iter().find(|i| matches!(i, Item::Var(_))) else {
            panic!("no tables")
        };
        for (d, &n) in decls.iter().zip(&sizes) {
            let ExprKind::Array(list) = m.body.expr(d.init).kind else { panic!("not a table") };
            let f = m.body.list(list)[0];
            let grown = m.body.push_list(&vec![f; n]);
            m.body.exprs[d.init.0 as usize].kind = ExprKind::Array(grown);
        }
    };
    (text, grow)
}

#[test]
fn a_table_at_the_limit_translates() {
    let (text, grow_tables) = tables_module(&[limits::MAX_TABLE]);
    let (typed, codes, names) = grow(&text, grow_tables);
    assert_eq!(codes, [""; 0]);
    assert_eq!(grown_translates(typed, &names).table, limits::MAX_TABLE as u64);
}

#[test]
fn a_table_past_the_limit_is_refused() {
    let (text, grow_tables) = tables_module(&[limits::MAX_TABLE * 2]);
    let (typed, codes, _) = grow(&text, grow_tables);
    assert!(typed.is_none());
    assert_eq!(codes, ["E0204"]);
}

/// Tables of 10,000,000 entries in all, the most one wasm table holds.
const TABLES: [usize; 8] = [1 << 23, 1 << 20, 1 << 19, 1 << 15, 1 << 12, 1 << 10, 1 << 9, 1 << 7];

#[test]
fn tables_at_the_limit_together_translate() {
    assert_eq!(TABLES.iter().sum::<usize>(), limits::MAX_TABLE_ENTRIES);
    let (text, grow_tables) = tables_module(&TABLES);
    let (typed, codes, names) = grow(&text, grow_tables);
    assert_eq!(codes, [""; 0]);
    assert_eq!(grown_translates(typed, &names).table, limits::MAX_TABLE_ENTRIES as u64);
}

#[test]
fn tables_past_the_limit_together_are_refused() {
    let mut sizes = TABLES.to_vec();
    sizes.push(1);
    let (text, grow_tables) = tables_module(&sizes);
    let (typed, codes, _) = grow(&text, grow_tables);
    assert!(typed.is_none());
    assert_eq!(codes, ["E0204"]);
}

/// `f(a)` with statements `a = a|0|0...|0;` appended (few bytes of wasm
/// for many nodes) up to `nodes` expression nodes.
fn nodes_module(nodes: usize) -> impl FnOnce(&mut ast::Module, &mut Interner) {
    move |m, names| {
        let a = names.lookup("a").unwrap();
        let Some(Item::Function(f)) = m.items.iter_mut().find(|i| matches!(i, Item::Function(_)))
        else {
            panic!("no function")
        };
        let span = f.span;
        let zero = NumLit { value: 0.0, has_dot: false, extension: false };
        let mut stmts = Vec::new();
        while f.body.exprs.len() < nodes {
            // `a = a|0...|0` of up to 203 nodes, else `a;` (1 node).
            let left = nodes - f.body.exprs.len();
            let e = if left >= 5 {
                let ors = ((left - 3) / 2).min(100);
                let target = f.body.push_expr(ExprKind::Name(a), span);
                let mut value = f.body.push_expr(ExprKind::Name(a), span);
                for _ in 0..ors {
                    let rhs = f.body.push_expr(ExprKind::Num(zero), span);
                    value =
                        f.body.push_expr(ExprKind::Binary { op: BinOp::Or, lhs: value, rhs }, span);
                }
                f.body.push_expr(ExprKind::Assign { target, value }, span)
            } else {
                f.body.push_expr(ExprKind::Name(a), span)
            };
            stmts.push(f.body.push_stmt(StmtKind::Expr(e), span));
        }
        let at = f.stmts.len() - 1;
        f.stmts.splice(at..at, stmts);
    }
}

const NODES: &str =
    r#"function M() { "use asm"; function f(a) { a = a|0; return a|0; } return f; }"#;

#[test]
fn a_function_of_the_most_nodes_translates() {
    let (typed, codes, names) = grow(NODES, nodes_module(limits::MAX_FUNCTION_NODES));
    assert_eq!(codes, [""; 0]);
    grown_translates(typed, &names);
}

#[test]
fn a_function_past_the_most_nodes_is_refused() {
    let (typed, codes, _) = grow(NODES, nodes_module(limits::MAX_FUNCTION_NODES + 1));
    assert!(typed.is_none());
    assert_eq!(codes, ["E0206"]);
}

// ---- what codegen adds ----------------------------------------------------

#[test]
fn bodies_emitted_in_place_never_pass_the_locals_limit() {
    // 60,000 calls of `g` would be 60,000 more locals emitted in place: `f`
    // is emitted again with its calls kept calls.
    let calls = "a = g(a)|0;".repeat(60_000);
    let text = format!(
        "function M() {{ \"use asm\"; function g(a) {{ a = a|0; return a|0; }} function f(a) {{ a = a|0; {calls} return a|0; }} return f; }}"
    );
    let wasm = translate_with(text, Default::default());
    assert!(counts(&wasm).locals <= 2);
}

#[test]
fn scratch_locals_past_the_limit_are_a_translation_error() {
    // `passes::select` makes each `if` of two assignments branch-free with
    // its test in a new local: 50,001 of them need more locals than a wasm
    // function may have.
    let ifs = "if (i) { a = 1; b = 2; } ".repeat(limits::MAX_LOCALS + 1);
    let text = format!(
        "function M(stdlib, foreign, heap) {{ \"use asm\"; function f(i) {{ i = i|0; var a = 0, b = 0; {ifs}return (a + b)|0; }} return f; }}"
    );
    let err = asm2wasm::with_big_stack(move || {
        let r = asm2wasm::check_source("ifs.js", text);
        assert!(r.is_valid(), "{:?}", codes(&r));
        r.translate(0, &Default::default()).expect_err("too many locals")
    });
    assert!(matches!(err, asm2wasm::codegen::Error::Limit(_)), "{err}");
    let message = err.to_string();
    assert!(message.contains("function `f` needs 50,004 wasm locals"), "{message}");
    assert!(!message.contains("internal error"), "{message}");
}

#[test]
fn a_chain_of_checked_stores_shares_its_scratch_locals() {
    // Each store of the chain is checked once its value, the next store, is
    // computed: one address local and one value local serve all 50,000.
    let chain = "H32[i >> 2] = ".repeat(limits::MAX_LOCALS);
    let text = format!(
        "function M(stdlib, foreign, heap) {{ \"use asm\"; var H32 = new stdlib.Int32Array(heap); function f(i) {{ i = i|0; {chain}0; }} return f; }}"
    );
    translates(text);
}
