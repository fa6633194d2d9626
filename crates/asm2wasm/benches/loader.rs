//! Benchmark of the JS loader (`--emit js`, `docs/loader.md`): Node running
//! a program as asm.js, and Node running the same program through the
//! loader (its modules as wasm), side by side in one run, with the ratios.
//!
//! `cargo bench -p asm2wasm --bench loader`. Two tables:
//!
//! - the `examples/` programs, each with its `// bench: CALL` workload
//!   (`testsuite/loader/bench.js`): the fastest of `BENCH_RUNS` (default 10)
//!   calls, each on a fresh instance and heap after one untimed call, in
//!   three processes per side taking turns; and the start-up, loading the
//!   program and making its first instance (V8's asm.js validation and
//!   compilation, or the wasm's compilation and instantiation), the fastest
//!   of the three;
//! - the corpus drivers of `testsuite/loader/` (`time-driver.js`): the
//!   start-up (`require` of the program: for the Emscripten builds that
//!   instantiate their module when loaded, the whole set-up) and the whole
//!   driver, the fastest of five processes per side taking turns.
//!
//! The examples' table also times the same call in the embedded wasmtime
//! (`asm2wasm-run`), with exact and with trapping heap checks (imported
//! memory, as `asm2wasm run` translates), each the fastest of `BENCH_RUNS`
//! calls on fresh instances per round: every way to run an example, in
//! one run. (`benches/examples.rs` times wasmtime against Node more finely,
//! the engines taking turns call by call.)
//!
//! Goals (from the issue): the loader at most 1.0x the asm.js time;
//! wasmtime at most 1.0x Node; exact at most 1.1x trapping. Needs `node`
//! and the corpus (`scripts/corpus`).

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use asm2wasm::codegen::{HeapChecks, Options};
use asm2wasm::loader;
use asm2wasm_run::{Limits, Program};

/// Write `program` with the loader (the wasm beside it) as `dir/NAME.loader.js`.
fn emit(dir: &Path, name: &str, program: &str) -> PathBuf {
    let report = asm2wasm::with_big_stack({
        let (name, program) = (name.to_string(), program.to_string());
        move || asm2wasm::check_source(&name, program)
    });
    assert!(report.is_valid(), "{name} is not valid asm.js");
    let modules = loader::translate(&report, &Options::default()).expect("translate");
    let files: Vec<String> =
        (0..modules.len()).map(|i| format!("{name}.loader.{i}.wasm")).collect();
    for (m, f) in modules.iter().zip(&files) {
        std::fs::write(dir.join(f), &m.wasm).unwrap();
    }
    let out = loader::emit(program, &modules, &loader::Placement::Files(files)).expect("emit");
    let path = dir.join(format!("{name}.loader.js"));
    std::fs::write(&path, out.js).unwrap();
    path
}

fn number(v: &serde_json::Value) -> f64 {
    v.as_f64().expect("a number")
}

/// One process of `testsuite/loader/bench.js`: start-up, fastest call, result.
fn bench_example(
    program: &Path,
    side: &str,
    call: &str,
    runs: usize,
    source: &Path,
) -> (f64, f64, String) {
    let out = common::node()
        .arg("--allow-natives-syntax")
        .arg(common::root().join("testsuite/loader/bench.js"))
        .arg(program)
        .args([side, call, &runs.to_string()])
        .arg(source)
        .output()
        .expect("run node");
    assert!(
        out.status.success(),
        "bench.js {side} {}: {}",
        program.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("bench.js's JSON");
    let fastest = json["ms"].as_array().unwrap().iter().map(number).fold(f64::INFINITY, f64::min);
    (number(&json["startup"]), fastest, json["result"].as_str().unwrap().to_string())
}

/// One process of `testsuite/loader/time-driver.js`: start-up (none when
/// the driver loads the program itself) and total, with its output.
fn time_driver(driver: &Path, program: &Path) -> (Option<f64>, f64, Vec<u8>) {
    let out = common::node()
        .arg(common::root().join("testsuite/loader/time-driver.js"))
        .arg(driver)
        .arg(program)
        .output()
        .expect("run node");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{} {}: {stderr}", driver.display(), program.display());
    let line = stderr.lines().last().expect("time-driver.js's JSON");
    let json: serde_json::Value = serde_json::from_str(line).expect("time-driver.js's JSON");
    (json["startup"].as_f64(), number(&json["total"]), out.stdout)
}

/// The translation of `report`'s module for wasmtime, with an imported
/// memory of `heap` bytes.
fn wasmtime_program(report: &asm2wasm::FileReport, heap_checks: HeapChecks, heap: u32) -> Program {
    let opts = Options { import_memory: true, heap_checks, ..Options::default() };
    let wasm = report.translate(0, &opts).expect("translate");
    let mut program = Program::compile(&wasm, Limits::default()).expect("compile");
    program.set_heap_length(heap);
    program
}

/// `runs` calls of `call` in wasmtime, each on a fresh instance after one
/// untimed call: the fastest, in ms, and the result as JS's `String` prints it.
fn wasmtime_example(program: &Program, call: &str, runs: usize) -> (f64, String) {
    let (name, args) = call.trim_end_matches(')').split_once('(').expect("a call");
    let args: Vec<f64> = args.split(',').map(|a| a.trim().parse().expect("a number")).collect();
    let mut fastest = f64::INFINITY;
    let mut result = String::new();
    for k in 0..=runs {
        let mut inst = program.instantiate(Box::new(common::Quiet)).expect("instantiate");
        let start = std::time::Instant::now();
        let v = inst.call(name, &args).expect("the call").unwrap_or(f64::NAN);
        if k > 0 {
            fastest = fastest.min(start.elapsed().as_secs_f64() * 1e3);
        }
        result = if v == 0.0 { "0".into() } else { asm2wasm_run::js_number(v) };
    }
    (fastest, result)
}

fn corpus() -> PathBuf {
    let out = Command::new("bash")
        .arg(common::root().join("scripts/corpus"))
        .output()
        .expect("run scripts/corpus");
    assert!(out.status.success(), "scripts/corpus: {}", String::from_utf8_lossy(&out.stderr));
    PathBuf::from(String::from_utf8_lossy(&out.stdout).lines().last().expect("a path"))
}

fn main() {
    let runs: usize = std::env::var("BENCH_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(10);
    let dir = std::env::temp_dir().join(format!("asm2wasm-bench-loader-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut ratios = Vec::new();

    println!(
        "examples: Node, asm.js vs the loader (wasm); wasmtime, exact and trapping checks; fastest call of {runs}, ms; start-up ms"
    );
    println!(
        "{:<10} {:>8} {:>8} {:>7} {:>8} {:>8} {:>10} {:>10}   {:>9} {:>9} {:>7}",
        "example",
        "asm.js",
        "loader",
        "ratio",
        "exact",
        "trap",
        "exact/asm",
        "exact/trap",
        "start asm",
        "start ldr",
        "ratio"
    );
    let (mut worst_node, mut worst_trap) = (0.0f64, 0.0f64);
    for path in common::js_files("examples") {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let Some(call) = common::directives(&text, "bench").into_iter().next() else { continue };
        let heap = common::directives(&text, "heap").first().cloned().unwrap_or("65536".into());
        let program = format!(
            "{text}\n;module.exports = function make(foreign) {{ var heap = new ArrayBuffer({heap}); \
             return M(globalThis, foreign, heap); }};\nmodule.exports.M = M;\n"
        );
        let asm = dir.join(format!("{name}.js"));
        std::fs::write(&asm, &program).unwrap();
        let wasm = emit(&dir, &name, &program);
        let report = asm2wasm::check_source(&name, text.clone());
        let heap: u32 = heap.parse().expect("a heap size");
        let exact = wasmtime_program(&report, HeapChecks::Exact, heap);
        let trap = wasmtime_program(&report, HeapChecks::Trap, heap);
        let (mut a, mut w) = ((f64::INFINITY, f64::INFINITY), (f64::INFINITY, f64::INFINITY));
        let (mut e, mut t) = (f64::INFINITY, f64::INFINITY);
        for _ in 0..3 {
            let (sa, ta, ra) = bench_example(&asm, "asm", &call, runs, &asm);
            let (sw, tw, rw) = bench_example(&wasm, "loader", &call, runs, &asm);
            assert_eq!(ra, rw, "{name}: asm.js gave {ra}, the loader {rw}");
            let (te, re) = wasmtime_example(&exact, &call, runs);
            let (tt, rt) = wasmtime_example(&trap, &call, runs);
            assert_eq!(ra, re, "{name}: asm.js gave {ra}, wasmtime (exact) {re}");
            assert_eq!(ra, rt, "{name}: asm.js gave {ra}, wasmtime (trap) {rt}");
            a = (a.0.min(sa), a.1.min(ta));
            w = (w.0.min(sw), w.1.min(tw));
            (e, t) = (e.min(te), t.min(tt));
        }
        ratios.push((name.clone(), w.1 / a.1));
        (worst_node, worst_trap) = (worst_node.max(e / a.1), worst_trap.max(e / t));
        println!(
            "{name:<10} {:>8.2} {:>8.2} {:>6.2}x {:>8.2} {:>8.2} {:>9.2}x {:>9.2}x   {:>9.2} {:>9.2} {:>6.2}x",
            a.1,
            w.1,
            w.1 / a.1,
            e,
            t,
            e / a.1,
            e / t,
            a.0,
            w.0,
            w.0 / a.0
        );
    }

    let cache = corpus();
    println!();
    println!("corpus drivers (testsuite/loader/): fastest of 5 processes, ms");
    println!(
        "{:<14} {:>10} {:>10} {:>7}   {:>10} {:>10} {:>7}",
        "driver", "start asm", "start ldr", "ratio", "total asm", "total ldr", "ratio"
    );
    for (package, version, file) in common::loader_drivers() {
        let program = cache.join(format!("{package}-{version}")).join(file);
        let sub = dir.join(&package);
        std::fs::create_dir_all(&sub).unwrap();
        let text = std::fs::read_to_string(&program).unwrap();
        // Beside a copy of the program, so that relative requires resolve alike.
        let wasm = emit(&sub, "out", &text);
        let driver = common::root().join(format!("testsuite/loader/{package}.js"));
        let package = package.as_str();
        let (mut a, mut w) = ((None, f64::INFINITY), (None, f64::INFINITY));
        let min = |x: Option<f64>, y: Option<f64>| match (x, y) {
            (Some(x), Some(y)) => Some(f64::min(x, y)),
            (x, y) => x.or(y),
        };
        for _ in 0..5 {
            let (sa, ta, oa) = time_driver(&driver, &program);
            let (sw, tw, ow) = time_driver(&driver, &wasm);
            assert_eq!(oa, ow, "{package}: the driver printed different things");
            a = (min(a.0, sa), a.1.min(ta));
            w = (min(w.0, sw), w.1.min(tw));
        }
        ratios.push((package.to_string(), w.1 / a.1));
        let start = match (a.0, w.0) {
            (Some(sa), Some(sw)) => format!("{sa:>10.1} {sw:>10.1} {:>6.2}x", sw / sa),
            _ => format!("{:>10} {:>10} {:>7}", "-", "-", "-"),
        };
        println!("{package:<14} {start}   {:>10.1} {:>10.1} {:>6.2}x", a.1, w.1, w.1 / a.1);
    }
    let missed: Vec<String> =
        ratios.iter().filter(|(_, r)| *r > 1.0).map(|(n, r)| format!("{n} {r:.2}x")).collect();
    println!();
    if missed.is_empty() {
        println!(
            "goal loader <= 1.0x asm.js (examples' calls, drivers' totals): met on all {}",
            ratios.len()
        );
    } else {
        println!(
            "goal loader <= 1.0x asm.js (examples' calls, drivers' totals): MISSED on {} of {}: {}",
            missed.len(),
            ratios.len(),
            missed.join(", ")
        );
    }
    let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
    println!(
        "goal wasmtime (exact) <= 1.0x asm.js in Node, worst example: {worst_node:.2}x {}",
        verdict(worst_node <= 1.0)
    );
    println!(
        "goal exact <= 1.1x trapping checks in wasmtime, worst example: {worst_trap:.2}x {}",
        verdict(worst_trap <= 1.1)
    );
    let _ = std::fs::remove_dir_all(&dir);
}
