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
//! Goal (from the issue): the loader at most 1.0x the asm.js time. Needs
//! `node` and the corpus (`scripts/corpus`).

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use asm2wasm::codegen::Options;
use asm2wasm::loader;

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
        "examples: Node, asm.js vs the loader (wasm); fastest call of {runs}, ms; start-up ms"
    );
    println!(
        "{:<10} {:>10} {:>10} {:>7}   {:>10} {:>10} {:>7}",
        "example", "asm.js", "loader", "ratio", "start asm", "start ldr", "ratio"
    );
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
        let (mut a, mut w) = ((f64::INFINITY, f64::INFINITY), (f64::INFINITY, f64::INFINITY));
        for _ in 0..3 {
            let (sa, ta, ra) = bench_example(&asm, "asm", &call, runs, &asm);
            let (sw, tw, rw) = bench_example(&wasm, "loader", &call, runs, &asm);
            assert_eq!(ra, rw, "{name}: asm.js gave {ra}, the loader {rw}");
            a = (a.0.min(sa), a.1.min(ta));
            w = (w.0.min(sw), w.1.min(tw));
        }
        ratios.push((name.clone(), w.1 / a.1));
        println!(
            "{name:<10} {:>10.2} {:>10.2} {:>6.2}x   {:>10.2} {:>10.2} {:>6.2}x",
            a.1,
            w.1,
            w.1 / a.1,
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
    let _ = std::fs::remove_dir_all(&dir);
}
