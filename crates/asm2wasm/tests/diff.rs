//! `asm2wasm diff`: its exit codes (0 agreement, 1 a difference, 2 nothing
//! to compare) and its report, pinned by snapshots. Every run case goes
//! through the same library code in `tests/run.rs`.

mod common;

use std::path::PathBuf;
use std::process::{Command, Output};

fn diff(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_asm2wasm")).arg("diff").args(args).output().unwrap()
}

/// The scratch directory of these tests, which the snapshots show as `$DIR`.
fn dir() -> PathBuf {
    let dir = std::env::temp_dir().join("asm2wasm-diff-tests");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn tmp(name: &str, text: &str) -> String {
    let p = dir().join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

/// A repository file's path.
fn case(path: &str) -> String {
    common::root().join(path).display().to_string()
}

/// Exit code, stdout and stderr, the scratch directory and the root
/// written as `$DIR` and `$ROOT`.
fn shown(out: &Output) -> String {
    let text = format!(
        "exit {}\n--- stdout\n{}--- stderr\n{}",
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    text.replace(&dir().display().to_string(), "$DIR")
        .replace(&common::root().display().to_string(), "$ROOT")
}

/// An out-of-bounds store, then a store, a foreign call and a load in
/// bounds: trapping code traps at the first, JS ignores it and goes on.
const STORE_PAST_THE_END: &str = "// a store out of bounds, then work in bounds
// run: f(8)
// run: f(65536)
function M(stdlib, foreign, heap) {
  \"use asm\";
  var H32 = new stdlib.Int32Array(heap);
  var log = foreign.log;
  function f(p) {
    p = p|0;
    H32[p >> 2] = 7;
    H32[4] = (H32[4] | 0) + 0x01020304 | 0;
    log(p | 0, 1.5);
    return H32[4] | 0;
  }
  return { f: f };
}
";

#[test]
fn diff_agreement_exits_0() {
    let out = diff(&[&case("testsuite/run/call-foreign-values.js")]);
    assert_eq!(out.status.code(), Some(0), "{}", shown(&out));
    insta::assert_snapshot!(shown(&out));
}

#[test]
fn diff_both_engines() {
    common::spidermonkey(); // installed on first use
    let out = diff(&[&case("testsuite/run/heap-store-value.js"), "--engine", "both"]);
    assert_eq!(out.status.code(), Some(0), "{}", shown(&out));
    insta::assert_snapshot!(shown(&out));
    let f = tmp("store-past-the-end-sm.js", STORE_PAST_THE_END);
    let out = diff(&[&f, "--engine", "spidermonkey"]);
    assert_eq!(out.status.code(), Some(0), "{}", shown(&out));
    assert!(!shown(&out).contains("did not validate"), "{}", shown(&out));
}

#[test]
fn diff_a_trap_where_js_goes_on_exits_1() {
    let f = tmp("store-past-the-end.js", STORE_PAST_THE_END);
    assert_eq!(diff(&[&f]).status.code(), Some(0));
    let out = diff(&[&f, "--heap-checks", "trap"]);
    assert_eq!(out.status.code(), Some(1), "{}", shown(&out));
    insta::assert_snapshot!(shown(&out));
}

#[test]
fn diff_calls_from_the_command_line() {
    let file = case("testsuite/run/heap-oob-load-int.js");
    let calls = ["--call", "fill(0)", "--call", "l32(65532)", "--call", "l32(0x10000 + Math.PI)"];
    let out = diff(&[&[file.as_str()][..], &calls, &["--heap-checks", "trap"]].concat());
    assert_eq!(out.status.code(), Some(1), "{}", shown(&out));
    insta::assert_snapshot!(shown(&out));
    let out = diff(&[&[file.as_str()][..], &calls, &["--no-inline", "--no-branch-hints"]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", shown(&out));
    assert!(shown(&out).contains("node and wasm agree: 3 calls"), "{}", shown(&out));
}

#[test]
fn diff_reports_a_module_run_as_plain_js() {
    let f = case("testsuite/validate/literal-hex-uppercase-prefix.js");
    let out = diff(&[&f, "--call", "f()"]);
    assert_eq!(out.status.code(), Some(0), "{}", shown(&out));
    insta::assert_snapshot!(shown(&out));
    let out = diff(&[&f, "--call", "f()", "--require-asm"]);
    assert_eq!(out.status.code(), Some(1), "{}", shown(&out));
}

#[test]
fn diff_picks_a_module() {
    let two = tmp(
        "two.js",
        "var A = function () { \"use asm\"; function f() { return 1; } return f; };\n\
         var B = function (stdlib) { \"use asm\"; function g(x) { x = +x; return +(x * 2.0); } return { g: g }; };\n",
    );
    let out = diff(&[&two, "--call", "g(1.25)"]);
    assert_eq!(out.status.code(), Some(2), "{}", shown(&out));
    assert!(shown(&out).contains("holds 2 asm.js modules"), "{}", shown(&out));
    for m in ["B", "1"] {
        let out = diff(&[&two, "--module", m, "--call", "g(1.25)", "--heap-size", "0x10000"]);
        assert_eq!(out.status.code(), Some(0), "{}", shown(&out));
    }
}

#[test]
fn diff_usage_errors_exit_2() {
    let good = case("testsuite/run/call-foreign-values.js");
    let no_calls =
        tmp("no-calls.js", "function M() { \"use asm\"; function f() { return 1; } return f; }\n");
    let bad = tmp(
        "bad.js",
        "function M() { \"use asm\"; function f(x) { x = x|0; return x + 1.5; } return f; }\n",
    );
    let missing = dir().join("nowhere/none.js").display().to_string();
    let mut seen = String::new();
    for args in [
        vec![missing.as_str()],
        vec![no_calls.as_str()],
        vec![bad.as_str(), "--call", "f(1)"],
        vec![good.as_str(), "--call", "nope(1)"],
        vec![good.as_str(), "--call", "geti"],
        vec![good.as_str(), "--engine", "v8"],
        vec![good.as_str(), "--heap-size", "1000"],
    ] {
        let out = diff(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", shown(&out));
        assert!(out.stdout.is_empty(), "{args:?}: {}", shown(&out));
        let err = String::from_utf8_lossy(&out.stderr);
        seen += &format!(
            "$ asm2wasm diff {}\n{}\n",
            args.join(" "),
            err.lines().rfind(|l| l.starts_with("error")).unwrap()
        );
    }
    insta::assert_snapshot!(
        seen.replace(&dir().display().to_string(), "$DIR")
            .replace(&common::root().display().to_string(), "$ROOT")
    );
}

#[test]
fn diff_a_missing_engine_is_an_error_not_a_skip() {
    let good = case("testsuite/run/call-foreign-values.js");
    let nowhere = dir().join("no-such-engine");
    for (var, engine, says) in [
        ("ASM2WASM_NODE", "node", "cannot find Node.js"),
        ("ASM2WASM_SPIDERMONKEY", "both", "scripts/install-spidermonkey"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_asm2wasm"))
            .args(["diff", &good, "--engine", engine])
            .env(var, &nowhere)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", shown(&out));
        assert!(out.stdout.is_empty(), "{}", shown(&out));
        assert!(String::from_utf8_lossy(&out.stderr).contains(says), "{}", shown(&out));
    }
}
