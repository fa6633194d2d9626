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
        let name = path.strip_prefix(common::root()).unwrap().display().to_string();
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
