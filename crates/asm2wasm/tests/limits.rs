//! Inputs that recurse deeply: they validate and translate, or get a clear
//! diagnostic, never a stack overflow.

use asm2wasm::syntax::MAX_NESTING;

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
    r.diagnostics.iter().map(|d| d.code).collect()
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
