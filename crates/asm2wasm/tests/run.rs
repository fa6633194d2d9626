//! Execution: every case of `testsuite/run/` runs in V8 (the reference, the
//! original asm.js) and, translated, in wasmtime; every call must return the
//! same bits (NaN payloads aside), make the same foreign calls, and leave the
//! same heap. Each emitted module is validated by wasmparser and by wabt, and
//! its WAT is snapshotted.

mod common;

use asm2wasm::codegen::{HeapChecks, Options};
use asm2wasm_run::{Instance, Recorder};
use serde_json::Value;

fn bits(v: &Value) -> Option<f64> {
    v.as_str().map(|s| f64::from_bits(u64::from_str_radix(s, 16).unwrap()))
}

fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x.is_nan() && y.is_nan()) || x.to_bits() == y.to_bits(),
        (None, None) => true,
        _ => false,
    }
}

fn show(v: Option<f64>) -> String {
    v.map_or("undefined".into(), |x| format!("{} ({:#018x})", asm2wasm_run::js_number(x), x.to_bits()))
}

fn fnv1a(bytes: &[u8]) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for &b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

/// Translate a file's single module with `opts`.
fn translate(name: &str, text: &str, opts: &Options) -> Vec<u8> {
    let (n, t) = (name.to_string(), text.to_string());
    let report = asm2wasm::with_big_stack(move || asm2wasm::check_source(&n, t));
    if !report.is_valid() {
        let src = report.source();
        panic!("{name} does not validate:\n{}", report.diagnostics.iter().map(|d| src.render(d)).collect::<String>());
    }
    report.translate(0, opts).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Run `paths` in Node and in wasmtime; the list of mismatches.
fn compare(paths: &[std::path::PathBuf], checks: HeapChecks, snapshot: bool) -> (usize, Vec<String>) {
    let out = common::node().arg("--allow-natives-syntax").arg(common::root().join("testsuite/v8/run.js")).args(paths).output().unwrap();
    assert!(out.status.success(), "run.js failed: {}", String::from_utf8_lossy(&out.stderr));
    let reference: Vec<Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(reference.len(), paths.len());
    let mut failures = Vec::new();
    let mut calls = 0;
    for (path, node) in paths.iter().zip(&reference) {
        let name = path.strip_prefix(common::root()).unwrap_or(path).display().to_string();
        if let Some(e) = node.get("error") {
            failures.push(format!("{name}: Node failed: {e}"));
            continue;
        }
        if node["asm"] != Value::Bool(true) {
            failures.push(format!("{name}: V8 did not run it as asm.js, so it is no reference"));
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        let heap_size = common::directives(&text, "heap").first().map_or(65536, |h| h.parse().unwrap());
        let opts = Options { heap_size, heap_checks: checks, ..Options::default() };
        let wasm = translate(&name, &text, &opts);
        common::wabt_validate(&name, &wasm);
        if snapshot {
            let mut settings = insta::Settings::clone_current();
            settings.set_snapshot_path(path.parent().unwrap().join("snapshots"));
            settings.set_prepend_module_to_snapshot(false);
            settings.set_omit_expression(true);
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            settings.bind(|| insta::assert_snapshot!(stem, asm2wasm::codegen::to_wat(&wasm)));
        }
        let mut inst = match Instance::new(&wasm, Box::new(Recorder::default())) {
            Ok(i) => i,
            Err(e) => {
                failures.push(format!("{name}: cannot instantiate: {e}"));
                continue;
            }
        };
        for run in node["runs"].as_array().unwrap() {
            calls += 1;
            let call = run["call"].as_str().unwrap();
            let func = &call[..call.find('(').unwrap()];
            let args: Vec<f64> = run["args"].as_array().unwrap().iter().map(|a| bits(a).unwrap()).collect();
            let want = bits(&run["result"]);
            let got = match inst.call(func, &args) {
                Ok(r) => r,
                // What `--heap-checks=trap` is for; the calls after it
                // must still agree.
                Err(e) if checks == HeapChecks::Trap && format!("{e:?}").contains("out of bounds memory access") => {
                    inst.trace();
                    continue;
                }
                Err(e) => {
                    failures.push(format!("{name}: {call}: wasm failed: {e}"));
                    continue;
                }
            };
            if !same(got, want) {
                failures.push(format!("{name}: {call}: V8 gives {}, wasm gives {}", show(want), show(got)));
            }
            let trace: Vec<String> = run["trace"].as_array().unwrap().iter().map(|t| t.as_str().unwrap().to_string()).collect();
            let got_trace = inst.trace();
            if got_trace != trace {
                failures.push(format!("{name}: {call}: foreign calls differ: V8 {trace:?}, wasm {got_trace:?}"));
            }
        }
        if let Some(mem) = inst.memory() {
            let h = fnv1a(&mem[..heap_size as usize]);
            if Value::String(h.clone()) != node["heap"] {
                failures.push(format!("{name}: the heap differs after the runs: V8 {}, wasm {h}", node["heap"]));
            }
        }
    }
    (calls, failures)
}

#[test]
fn run_cases_match_v8() {
    let paths = common::js_files("testsuite/run");
    assert!(!paths.is_empty());
    let (calls, failures) = compare(&paths, HeapChecks::Exact, true);
    eprintln!("{} cases, {calls} calls compared with V8", paths.len());
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

/// A deterministic sample of doubles: edges, then random bit patterns (all
/// exponents, so subnormals, huge values, NaNs and infinities come up).
fn sample_doubles(n: usize, seed: u64) -> Vec<f64> {
    let mut v = vec![
        0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, -1.5, 2147483647.0, 2147483648.0, -2147483648.0, -2147483649.0,
        4294967295.0, 4294967296.0, 4294967301.0, 4.5e15, 9007199254740993.0, 1e300, -1e300, 5e-324, -5e-324,
        2.2250738585072014e-308, f64::MAX, f64::MIN, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 3.0, 7.0, 0.1,
    ];
    let mut x = seed;
    while v.len() < n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let d = f64::from_bits(x);
        // Mix raw patterns with ordinary magnitudes, where most programs live.
        v.push(if x % 3 == 0 { d } else { ((x >> 11) as f64 / (1u64 << 40) as f64 - 4096.0) * if x % 5 == 0 { 1e-3 } else { 1.0 } });
    }
    v
}

fn literal(d: f64) -> String {
    if d.is_nan() {
        "NaN".into()
    } else if d.is_infinite() {
        if d > 0.0 { "Infinity".into() } else { "-Infinity".into() }
    } else {
        // Rust's shortest round-trip form is also valid JS with the same value.
        format!("{d:?}")
    }
}

/// ToInt32, double `%`, double -> float and unsigned conversions on
/// thousands of inputs, compared with V8.
#[test]
fn conversions_and_fmod_match_v8_on_sampled_inputs() {
    let dir = std::env::temp_dir().join("asm2wasm-sampled");
    std::fs::create_dir_all(&dir).unwrap();
    let xs = sample_doubles(1500, 0x1234_5678_9abc_def1);
    let ys = sample_doubles(1500, 0x0fed_cba9_8765_4321);
    let mut runs = String::new();
    for (x, y) in xs.iter().zip(&ys) {
        let (x, y) = (literal(*x), literal(*y));
        runs += &format!("// run: toint({x})\n// run: fmod({x}, {y})\n// run: tofloat({x})\n// run: touint({x})\n// run: fdiv({x}, {y})\n");
    }
    let src = format!(
        "// sampled conversions\n{runs}function M(stdlib, foreign, heap) {{\n  \"use asm\";\n  var fround = stdlib.Math.fround;\n  \
         function toint(x) {{ x = +x; return ~~x; }}\n  \
         function fmod(x, y) {{ x = +x; y = +y; return +(x % y); }}\n  \
         function tofloat(x) {{ x = +x; return fround(x); }}\n  \
         function touint(x) {{ x = +x; return +((~~x) >>> 0); }}\n  \
         function fdiv(x, y) {{ x = +x; y = +y; return fround(fround(x) / fround(y)); }}\n  \
         return {{ toint: toint, fmod: fmod, tofloat: tofloat, touint: touint, fdiv: fdiv }};\n}}\n"
    );
    let path = dir.join("sampled.js");
    std::fs::write(&path, src).unwrap();
    let (calls, failures) = compare(&[path], HeapChecks::Exact, false);
    eprintln!("{calls} sampled calls compared with V8");
    assert!(calls >= 7500, "{calls} calls");
    assert!(failures.is_empty(), "{} mismatches of {calls}:\n{}", failures.len(), failures[..failures.len().min(30)].join("\n"));
}

/// The whole programs of `examples/`, translated and compared with V8.
#[test]
fn examples_match_v8() {
    let paths = common::js_files("examples");
    assert!(!paths.is_empty());
    let (calls, failures) = compare(&paths, HeapChecks::Exact, false);
    eprintln!("{} examples, {calls} calls compared with V8", paths.len());
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

/// The examples again with `--heap-checks=trap`: every call that stays in
/// bounds must give V8's results too (trapping code has loops guarded for
/// alignment alone, with no bounds guard to share the test).
#[test]
fn examples_match_v8_with_trapping_checks() {
    let paths = common::js_files("examples");
    let (calls, failures) = compare(&paths, HeapChecks::Trap, false);
    eprintln!("{} examples, {calls} calls compared with V8", paths.len());
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_snapshot_has_its_case() {
    let orphans = common::orphan_snapshots("testsuite/run");
    assert!(orphans.is_empty(), "snapshots without a case (delete them): {orphans:?}");
}
