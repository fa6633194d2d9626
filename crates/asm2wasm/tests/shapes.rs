//! The code emitted for small functions, stated in full where a rule of
//! the emitter shapes it (as Cranelift's filetests state theirs): each case
//! is an asm.js function and the instructions its loop must hold.

/// The WAT of function `f` of `body` (the inside of a module).
fn wat_of(body: &str) -> String {
    let text = format!("function M(stdlib, foreign, heap) {{ \"use asm\"; {body} return f; }}");
    let report = asm2wasm::check_source("shapes.js", text);
    assert!(report.is_valid(), "{body}");
    let opts = asm2wasm::codegen::Options { branch_hints: false, ..Default::default() };
    asm2wasm::to_wat(&report.translate(0, &opts).unwrap())
}

/// The instruction lines of `wat` (no indentation, no comments).
fn lines(wat: &str) -> Vec<String> {
    wat.lines().map(|l| l.split(";;").next().unwrap().trim().to_string()).collect()
}

/// `wat` holds `expected`, one instruction per line, in a row.
fn holds(wat: &str, expected: &[&str]) -> bool {
    let l = lines(wat);
    l.windows(expected.len()).any(|w| w.iter().zip(expected).all(|(a, b)| a == b))
}

/// A loop exits when its int test is false: the test's comparison
/// negated, not the comparison and an `i32.eqz`.
#[test]
fn a_loop_test_is_negated_in_place() {
    let signed =
        "function f(n) { n = n|0; var i = 0; while ((i|0) < (n|0)) i = (i + 1)|0; return i|0; }";
    let wat = wat_of(signed);
    assert!(holds(&wat, &["local.get $i", "local.get $n", "i32.ge_s", "br_if 1 (;@1;)"]), "{wat}");
    assert!(!wat.contains("i32.eqz"), "{wat}");

    let unsigned = "function f(n) { n = n|0; var i = 0; while ((i>>>0) <= (n>>>0)) i = (i + 1)|0; return i|0; }";
    let wat = wat_of(unsigned);
    assert!(holds(&wat, &["i32.gt_u", "br_if 1 (;@1;)"]), "{wat}");

    // `!x` is false when `x` is not 0: the branch takes `x` itself.
    let not = "function f(n) { n = n|0; while (!n) n = 1; return n|0; }";
    let wat = wat_of(not);
    assert!(holds(&wat, &["local.get $n", "br_if 1 (;@1;)"]), "{wat}");
    assert!(!wat.contains("i32.eqz"), "{wat}");

    // Through `|0`, which emits nothing.
    let wrapped = "function f(n) { n = n|0; var i = 0; while (((i|0) != (n|0))|0) i = (i + 1)|0; return i|0; }";
    assert!(holds(&wat_of(wrapped), &["i32.eq", "br_if 1 (;@1;)"]));
}

/// A double comparison is not negated (NaN compares false both ways):
/// the comparison, then `i32.eqz`.
#[test]
fn a_double_loop_test_keeps_its_comparison() {
    let double = "function f(x) { x = +x; while (x < 10.0) x = x + 1.0; return +x; }";
    let wat = wat_of(double);
    assert!(holds(&wat, &["f64.lt", "i32.eqz", "br_if 1 (;@1;)"]), "{wat}");
}
