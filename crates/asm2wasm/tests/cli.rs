//! The command line: exit codes, inputs and outputs, module selection.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_asm2wasm"))
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

/// What a command printed on stderr.
fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

fn tmp(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join("asm2wasm-cli");
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

const GOOD: &str = "function M(stdlib) { \"use asm\"; function f(x) { x = x|0; return (x + 1)|0; } return { f: f }; }\n";
const BAD: &str =
    "function M() { \"use asm\"; function f(x) { x = x|0; return x + 1.5; } return f; }\n";
const TWO: &str = "var A = function () { \"use asm\"; function f() {} return f; };\nvar B = function () { \"use asm\"; function g() { return 1; } return g; };\n";

#[test]
fn check_exit_codes() {
    assert_eq!(run(&["check", &tmp("good.js", GOOD)], None).status.code(), Some(0));
    let bad = run(&["check", &tmp("bad.js", BAD)], None);
    assert_eq!(bad.status.code(), Some(1));
    let err = String::from_utf8(bad.stderr).unwrap();
    assert!(
        err.contains("error[E0140]") && err.contains("bad.js:1:") && err.contains("help:"),
        "{err}"
    );
    assert_eq!(run(&["check", "/nonexistent/x.js"], None).status.code(), Some(2));
    assert_eq!(run(&["check", &tmp("none.js", "var x = 1;\n")], None).status.code(), Some(1));
    assert_eq!(run(&["check", "--no-such-flag", "x.js"], None).status.code(), Some(2));
    let latin1 = std::env::temp_dir().join("asm2wasm-cli/latin1.js");
    std::fs::write(&latin1, b"var x = '\xe9';").unwrap();
    let out = run(&["check", latin1.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
}

#[test]
fn a_byte_order_mark_moves_no_position() {
    // The mark is white space before the first line, as an editor shows it:
    // the same lines, columns and snippets as without it.
    for (i, text) in
        [BAD, "var x = ;\n", "function M() { \"use asm\"; function f() {} return g; }\n"]
            .into_iter()
            .enumerate()
    {
        let plain = run(&["check", &tmp(&format!("plain{i}.js"), text)], None);
        let marked =
            run(&["check", &tmp(&format!("marked{i}.js"), &format!("\u{feff}{text}"))], None);
        let plain =
            String::from_utf8(plain.stderr).unwrap().replace(&format!("plain{i}.js"), "x.js");
        let marked =
            String::from_utf8(marked.stderr).unwrap().replace(&format!("marked{i}.js"), "x.js");
        assert!(plain.contains("x.js:1:"), "{plain}");
        assert_eq!(plain, marked);
    }
}

#[test]
fn check_json_has_the_documented_fields() {
    let out = run(&["check", "--format", "json", &tmp("bad2.js", BAD)], None);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let v: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    for field in
        ["severity", "code", "message", "file", "line", "column", "end", "label", "labels", "help"]
    {
        assert!(v.get(field).is_some(), "missing {field} in {v}");
    }
    assert_eq!(v["code"], "E0140");
    assert_eq!(v["line"], 1);
}

/// `--strict` refuses what both engines accept beyond the spec (here a
/// module-level `const`, E0017), in `check` and in translation; without it
/// the module is valid.
#[test]
fn strict_gives_the_spec_letter() {
    let f = tmp(
        "const.js",
        "function M() { \"use asm\"; const k = 2; function f() { return k|0; } return f; }\n",
    );
    assert_eq!(run(&["check", &f], None).status.code(), Some(0));
    let strict = run(&["check", "--strict", &f], None);
    assert_eq!(strict.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&strict.stderr).contains("error[E0017]"));
    let out = tmp("const.wasm", "");
    assert_eq!(run(&[&f, "--strict", "-o", &out], None).status.code(), Some(1));
    assert_eq!(run(&[&f, "-o", &out], None).status.code(), Some(0));
}

/// A module one engine refuses is valid, with that engine's warning, also
/// in JSON; the exit code says valid.
#[test]
fn engine_warnings_in_human_and_json_output() {
    let f = tmp(
        "w0101.js",
        "function M(stdlib, foreign, heap) { \"use asm\"; var H = new stdlib.Int32Array(heap); function f(i) { i = i|0; return H[(i >> 2)]|0; } return f; }\n",
    );
    let human = run(&["check", &f], None);
    assert_eq!(human.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&human.stderr).contains("warning[W0101]: V8 refuses"));
    let json = run(&["check", "--format", "json", &f], None);
    assert_eq!(json.status.code(), Some(0));
    let line: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&json.stdout).lines().next().unwrap())
            .unwrap();
    assert_eq!(line["code"], "W0101");
    assert_eq!(line["severity"], "warning");
}

/// `asm2wasm run` calls an export in wasmtime and prints what JS's `String`
/// prints: the stored V8 results of `examples/hash.js`, `-0` as `0` unless
/// `--exact-print`, a `.wasm` input as well as JS.
#[test]
fn run_prints_results_as_js_does() {
    let stdout = |o: &Output| String::from_utf8_lossy(&o.stdout).trim().to_string();
    let hash = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/hash.js");
    let expected = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/hash.expected"
    ))
    .unwrap();
    // The first two calls of the file: later ones see the heap these leave.
    for (call, args) in [("selfTest", vec![]), ("main", vec!["1000"])] {
        let mut argv = vec!["run", hash, "--call", call];
        argv.extend(&args);
        let out = run(&argv, None);
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        let line = format!("{call}({}) = {}", args.join(", "), stdout(&out));
        assert!(expected.lines().any(|l| l == line), "`{line}` is not what V8 gives");
    }
    let f = tmp(
        "min.js",
        "function M(stdlib) { \"use asm\"; var min = stdlib.Math.min; function f(a, b) { a = +a; b = +b; return +min(a, b); } return f; }\n",
    );
    assert_eq!(stdout(&run(&["run", &f, "0", "-0"], None)), "0");
    assert_eq!(stdout(&run(&["run", &f, "0", "-0", "--exact-print"], None)), "-0");
    assert_eq!(stdout(&run(&["run", &f, "NaN", "1"], None)), "NaN");
    // `-Infinity` looks like an option: after `--` it is an argument.
    assert_eq!(stdout(&run(&["run", &f, "--", "1e300", "-Infinity"], None)), "-Infinity");
    assert_eq!(stdout(&run(&["run", &f, "0x10", "1e21"], None)), "16");
    let wasm = tmp("min.wasm", "");
    assert_eq!(run(&[&f, "-o", &wasm], None).status.code(), Some(0));
    assert_eq!(stdout(&run(&["run", &wasm, "2.5", "1e21"], None)), "2.5");
    assert_eq!(run(&["run", &f, "1two"], None).status.code(), Some(2));
}

/// The host interface of `run` (docs/host-interface.md): `print` writes
/// numbers as `console.log` does, `printString` a NUL-terminated string
/// from the heap, `abort` stops the run (exit 4), `--foreign` gives values,
/// `--trace` writes each call to stderr first.
#[test]
fn run_host_interface() {
    let f = tmp(
        "host.js",
        concat!(
            "function M(stdlib, foreign, heap) { \"use asm\";\n",
            "  var H8 = new stdlib.Uint8Array(heap); var print = foreign.print;\n",
            "  var printString = foreign.printString; var abort = foreign.abort;\n",
            "  var k = foreign.k|0; var d = +foreign.d;\n",
            "  function f(x) { x = +x; print(k|0, d, x, -0.0); H8[8] = 104; H8[9] = 105;\n",
            "    printString(8); if (x < 0.0) abort(k|0); return (k + 1)|0; }\n",
            "  return f; }\n"
        ),
    );
    let out = run(&["run", &f, "--foreign", "k=41", "--foreign", "d=0.5", "1e21"], None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "41 0.5 1e+21 -0\nhi\n42\n");
    let out =
        run(&["run", &f, "--foreign", "k=7", "--foreign", "d=0", "--trace", "--", "-1"], None);
    assert_eq!(out.status.code(), Some(4));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("foreign.print(7, 0, -1, -0)"), "{err}");
    assert!(err.contains("foreign.abort(7) was called"), "{err}");
    // A value not given is named before anything runs.
    let out = run(&["run", &f, "--foreign", "k=1", "2"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("foreign.d: global f64"));
    assert!(String::from_utf8_lossy(&out.stdout).is_empty());
}

/// A runaway loop ends with `--fuel` or `--timeout`, exit code 5 and a
/// message, never a hang; `--max-memory` refuses a bigger module before it
/// runs.
#[test]
fn run_limits_end_a_runaway_loop() {
    let f = tmp(
        "spin.js",
        "function M() { \"use asm\"; function spin(n) { n = n|0; var i = 0; while (1) { i = (i + 1)|0; if ((i|0) == (n|0)) break; } return i|0; } return spin; }\n",
    );
    let out = run(&["run", &f, "--fuel", "100000", "--", "-1"], None);
    assert_eq!(out.status.code(), Some(5));
    assert!(stderr(&out).contains("`spin` ran out of fuel"), "{}", stderr(&out));
    // Enough fuel: the same loop ends on its own.
    let out = run(&["run", &f, "--fuel", "100000000", "1000"], None);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1000\n");
    let started = std::time::Instant::now();
    let out = run(&["run", &f, "--timeout", "0.2", "--", "-1"], None);
    assert_eq!(out.status.code(), Some(5));
    assert!(stderr(&out).contains("`spin` timed out"), "{}", stderr(&out));
    assert!(started.elapsed() < std::time::Duration::from_secs(30), "{:?}", started.elapsed());
    let out = run(&["run", &f, "--max-memory", "65536", "1"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("the heap is 16777216 bytes, more than the limit of 65536"));
    let out = run(&["run", &f, "--heap-size", "65536", "--max-memory", "65536", "1"], None);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1\n");
}

/// A trap names the asm.js functions that were active, innermost first,
/// a recursion folded into one line, each at its asm.js line (from the
/// source map of the translation), the innermost with the line's text:
/// exit code 4. The same from a `.wasm` translated with `--source-map`.
#[test]
fn run_trap_names_the_asm_js_functions_and_lines() {
    let f = tmp(
        "deep.js",
        "function M(stdlib, foreign) {\n  \"use asm\";\n  var abort = foreign.abort;\n  function down(n) {\n    n = n|0;\n    return (down((n + 1)|0)|0) + 1|0;\n  }\n  function stop(x) {\n    x = x|0;\n    abort(x|0);\n    return 1;\n  }\n  function start(n) {\n    n = n|0;\n    if ((n|0) == 7) return stop(n)|0;\n    return down(n)|0;\n  }\n  return start;\n}\n",
    );
    let wasm = format!("{f}.wasm");
    let out = run(&[&f, "-o", &wasm, "--source-map"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&wasm).unwrap();
    wasmparser::validate(&bytes).unwrap();
    let map: serde_json::Value =
        serde_json::from_slice(&std::fs::read(format!("{wasm}.map")).unwrap()).unwrap();
    assert_eq!(map["version"], 3);
    assert_eq!(map["names"], serde_json::json!(["down", "stop", "start"]));
    for input in [&f, &wasm] {
        let out = run(&["run", input, "1"], None);
        assert_eq!(out.status.code(), Some(4));
        let err = stderr(&out);
        assert!(err.contains("`start` stopped: wasm trap: call stack exhausted"), "{err}");
        let lines: Vec<&str> = err.lines().skip(1).collect();
        assert_eq!(lines.len(), 3, "{err}");
        assert!(lines[0].starts_with("  in asm.js function `down` ("), "{err}");
        assert!(lines[0].ends_with(&format!("calls deep), at {f}:6:5")), "{err}");
        assert_eq!(lines[1], "     6 | return (down((n + 1)|0)|0) + 1|0;");
        // `start` runs the body of `down` in place of its first call.
        assert_eq!(
            lines[2],
            format!(
                "  in asm.js function `start`, at {f}:6:5 (in `down`, emitted in place of its call)"
            )
        );
        // `stop` is emitted in place of its call: the line is its own.
        let out = run(&["run", input, "7"], None);
        assert_eq!(out.status.code(), Some(4));
        let err = stderr(&out);
        assert!(
            err.contains(&format!(
                "  in asm.js function `start`, at {f}:10:5 (in `stop`, emitted in place of its call)\n    10 | abort(x|0);"
            )),
            "{err}"
        );
    }
    // Without the map beside it, the functions are still named.
    std::fs::remove_file(format!("{wasm}.map")).unwrap();
    let err = stderr(&run(&["run", &wasm, "1"], None));
    assert!(err.lines().nth(1).unwrap().ends_with("calls deep)"), "{err}");
}

/// What `run` cannot do is an error before anything runs: foreign imports
/// outside the host interface (each named with its type), an export that
/// does not exist, a choice of export left open.
#[test]
fn run_refuses_what_it_cannot_run() {
    let f = tmp(
        "ffi.js",
        "function M(stdlib, foreign) { \"use asm\"; var log = foreign.log; function f(x) { x = x|0; log(x|0); return x|0; } function g() { return 1; } return { f: f, g: g }; }\n",
    );
    let out = run(&["run", &f, "--call", "g"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("foreign.log: (i32) -> void"));
    let g = tmp(
        "two.js",
        "function M() { \"use asm\"; function f() { return 1; } function g() { return 2; } return { f: f, g: g }; }\n",
    );
    let out = run(&["run", &g], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("pick one with `--call NAME`: f, g"));
    assert_eq!(run(&["run", &g, "--call", "h"], None).status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&run(&["run", &g, "--call", "g"], None).stdout), "2\n");
}

#[test]
fn check_max_errors_and_verbose() {
    let many = "function M() { \"use asm\"; function f() { a = 1; b = 2; c = 3; } return f; }\n";
    let out = run(&["check", "--max-errors", "1", &tmp("many.js", many)], None);
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.matches("error[E0130]").count(), 1, "{err}");
    assert!(err.contains("2 not shown"), "{err}");
    let out = run(&["check", "-v", &tmp("two.js", TWO)], None);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("module `A`") && err.contains("module `B`"), "{err}");
}

#[test]
fn translate_writes_a_valid_module() {
    let out_path = std::env::temp_dir().join("asm2wasm-cli/good.wasm");
    let out = run(&[&tmp("good3.js", GOOD), "-o", out_path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let wasm = std::fs::read(&out_path).unwrap();
    wasmparser::validate(&wasm).unwrap();
}

#[test]
fn translate_stdin_to_stdout_and_wat() {
    let out = run(&["-", "-o", "-"], Some(GOOD));
    assert_eq!(out.status.code(), Some(0));
    wasmparser::validate(&out.stdout).unwrap();
    let out = run(&["-", "-o", "-", "--emit", "wat"], Some(GOOD));
    let wat = String::from_utf8(out.stdout).unwrap();
    assert!(wat.starts_with("(module $M") && wat.contains("(export \"f\""), "{wat}");
}

#[test]
fn translate_invalid_input_writes_nothing() {
    let out_path = std::env::temp_dir().join("asm2wasm-cli/never.wasm");
    let _ = std::fs::remove_file(&out_path);
    let out = run(&[&tmp("bad3.js", BAD), "-o", out_path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(!out_path.exists());
}

#[test]
fn translate_picks_modules() {
    let two = tmp("two2.js", TWO);
    let out = run(&[&two, "-o", "-"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("--module")
            && err.contains("0: `A` at line 1")
            && err.contains("1: `B` at line 2"),
        "{err}"
    );
    let by_name = run(&[&two, "--module", "B", "-o", "-", "--emit", "wat"], None);
    assert!(String::from_utf8(by_name.stdout).unwrap().contains("(export \"g\""));
    let by_index = run(&[&two, "--module", "0", "-o", "-", "--emit", "wat"], None);
    assert!(String::from_utf8(by_index.stdout).unwrap().contains("(export \"f\""));
    assert_eq!(run(&[&two, "--module", "C", "-o", "-"], None).status.code(), Some(2));
    let dir = std::env::temp_dir().join("asm2wasm-cli/all");
    let _ = std::fs::remove_dir_all(&dir);
    let out = run(&[&two, "--all", "-o", dir.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    for name in ["A.wasm", "B.wasm"] {
        wasmparser::validate(&std::fs::read(dir.join(name)).unwrap()).unwrap();
    }
}

#[test]
fn translate_checks_the_heap_size() {
    let good = tmp("good4.js", GOOD);
    assert_eq!(run(&[&good, "-o", "-", "--heap-size", "0x1000"], None).status.code(), Some(0));
    assert_eq!(run(&[&good, "-o", "-", "--heap-size", "0x3000000"], None).status.code(), Some(0));
    let out = run(&[&good, "-o", "-", "--heap-size", "5000"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("next valid length is 0x2000"));
}

/// The library refuses the lengths the CLI refuses: the bounds checks rely
/// on a heap length that is a multiple of every element size.
#[test]
#[should_panic(expected = "not a valid asm.js heap length")]
fn the_library_checks_the_heap_size() {
    let report = asm2wasm::check_source("good.js", GOOD.to_string());
    let opts = asm2wasm::codegen::Options { heap_size: 65540, ..Default::default() };
    let _ = report.translate(0, &opts);
}

#[test]
fn translate_heap_options() {
    let heap = "function M(stdlib, foreign, heap) { \"use asm\"; var H = new stdlib.Int32Array(heap); function f(i) { i = i|0; return H[i >> 2]|0; } return f; }\n";
    let path = tmp("heap.js", heap);
    let trap = run(&[&path, "-o", "-", "--heap-checks", "trap", "--emit", "wat"], None);
    assert_eq!(trap.status.code(), Some(0));
    let wat = String::from_utf8(trap.stdout).unwrap();
    assert!(!wat.contains("if (result"), "trap mode has no bounds checks:\n{wat}");
    // Exact: the address is compared with the heap length, read from an
    // immutable global, and the `if` is hinted; --no-branch-hints drops the hint.
    let exact = String::from_utf8(run(&[&path, "-o", "-", "--emit", "wat"], None).stdout).unwrap();
    let hinted = "global.get $heap.length\n    i32.lt_u\n    (@metadata.code.branch_hint \"\\01\")\n    if (result i32)";
    assert!(exact.contains(hinted), "exact mode checks bounds:\n{exact}");
    assert!(exact.contains("(global $heap.length (;0;) i32 i32.const 16777216)"), "{exact}");
    let args =
        [&path[..], "-o", "-", "--emit", "wat", "--heap-size", "0x3000000", "--no-branch-hints"];
    let big = String::from_utf8(run(&args, None).stdout).unwrap();
    assert!(big.contains("global.get $heap.length\n    i32.lt_u\n    if (result i32)"), "{big}");
    assert!(big.contains("i32.const 50331648"), "{big}");
    assert!(!big.contains("branch_hint"), "--no-branch-hints:\n{big}");
    let imported = run(&[&path, "-o", "-", "--import-memory"], None);
    assert_eq!(imported.status.code(), Some(0));
    wasmparser::validate(&imported.stdout).unwrap();
    let wat = String::from_utf8(
        run(&[&path, "-o", "-", "--import-memory", "--emit", "wat"], None).stdout,
    )
    .unwrap();
    assert!(
        wat.contains("(import \"env\" \"memory\"") && !wat.contains("(export \"memory\""),
        "{wat}"
    );
}

#[test]
fn an_export_named_memory_keeps_its_name() {
    // The asm.js exports are what JS sees: a function exported as `memory`
    // keeps the name, and the memory is exported as `asm2wasm:memory`.
    let src = "function M(stdlib, foreign, heap) { \"use asm\"; var H32 = new stdlib.Int32Array(heap);\n\
        function f(x) { x = x|0; H32[0] = x; return x|0; } return { memory: f, f: f }; }\n";
    let path = tmp("memory.js", src);
    let out = run(&[&path, "-o", "-"], None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    wasmparser::validate(&out.stdout).unwrap();
    let note = String::from_utf8(out.stderr).unwrap();
    assert!(note.contains("the memory is exported as `asm2wasm:memory`"), "{note}");
    let wat = String::from_utf8(run(&[&path, "-o", "-", "--emit", "wat"], None).stdout).unwrap();
    assert!(wat.contains("(export \"memory\" (func $f))"), "{wat}");
    assert!(wat.contains("(export \"asm2wasm:memory\" (memory 0))"), "{wat}");
    // An imported memory is not exported: nothing to rename, no note.
    let imported = run(&[&path, "-o", "-", "--emit", "wat", "--import-memory"], None);
    assert_eq!(imported.status.code(), Some(0));
    assert!(imported.stderr.is_empty(), "{}", String::from_utf8_lossy(&imported.stderr));
    let wat = String::from_utf8(imported.stdout).unwrap();
    assert!(wat.contains("(export \"memory\" (func $f))"), "{wat}");
    assert!(!wat.contains("(memory 0))"), "{wat}");
    // Without an export named `memory`, the memory keeps its name.
    let path = tmp("plain.js", GOOD);
    let wat = String::from_utf8(run(&[&path, "-o", "-", "--emit", "wat"], None).stdout).unwrap();
    assert!(wat.contains("(export \"memory\" (memory 0))"), "{wat}");
}

#[test]
fn a_translation_past_a_limit_of_wasm_is_an_error_not_a_bug() {
    // Valid asm.js whose translation would need more than 50,000 locals (a
    // local per `if` of two assignments, which `passes::select` makes
    // branch-free with the test in a local): exit code 1 and the reason,
    // not an internal error (3).
    let ifs = "if (i) { a = 1; b = 2; } ".repeat(50_001);
    let src = format!(
        "function M(stdlib, foreign, heap) {{ \"use asm\"; function f(i) {{ i = i|0; var a = 0, b = 0; {ifs}return (a + b)|0; }} return f; }}\n"
    );
    let path = tmp("chain.js", &src);
    assert_eq!(run(&["check", &path], None).status.code(), Some(0));
    let out = run(&[&path, "-o", "-"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("error: the module cannot be translated: function `f` needs"), "{err}");
    assert!(!err.contains("internal error"), "{err}");
}

#[test]
fn no_inline_keeps_every_call() {
    let src = "function M(stdlib) { \"use asm\"; function sq(x) { x = x|0; return (x + x)|0; }\n\
        function f(n) { n = n|0; var i = 0, s = 0; for (; (i|0) < (n|0); i = (i + 1)|0) s = (s + (sq(i)|0))|0; return s|0; } return f; }\n";
    let path = tmp("inline.js", src);
    let inlined =
        String::from_utf8(run(&[&path, "-o", "-", "--emit", "wat"], None).stdout).unwrap();
    assert!(
        !inlined.contains("call $sq") && inlined.contains("block (result i32)"),
        "sq is emitted in place:\n{inlined}"
    );
    let kept = run(&[&path, "-o", "-", "--emit", "wat", "--no-inline"], None);
    assert_eq!(kept.status.code(), Some(0));
    let kept = String::from_utf8(kept.stdout).unwrap();
    assert!(kept.contains("call $sq"), "--no-inline keeps the call:\n{kept}");
}

#[test]
fn jobs_change_nothing_but_the_time() {
    // 1,000 functions, over 128 KiB: several chunks, so `-j 3` does spread them.
    let mut big = String::from(
        "function M(stdlib, foreign, heap) { \"use asm\"; var H = new stdlib.Int32Array(heap);\n",
    );
    for i in 0..1000 {
        big += &format!(
            "  function f{i}(p) {{ p = p|0; var s = 0; while ((p|0) < {}) {{ s = (s + (H[p >> 2]|0))|0; p = (p + 4)|0; }} return ((s|0) / (p|0))|0; }}\n",
            64 + i
        );
    }
    big += "  return { f0: f0, f999: f999 };\n}\n";
    assert!(big.len() > 128 * 1024);
    let path = tmp("jobs.js", &big);
    let one = run(&[&path, "-o", "-", "-j", "1"], None);
    assert_eq!(one.status.code(), Some(0), "{}", String::from_utf8_lossy(&one.stderr));
    let three = run(&[&path, "-o", "-", "--jobs", "3"], None);
    assert!(one.stdout == three.stdout, "-j 1 and -j 3 give different modules");
    assert_eq!(run(&["check", &path, "-j", "2"], None).status.code(), Some(0));
    assert_eq!(run(&[&path, "-o", "-", "-j", "0"], None).status.code(), Some(2));
}
