//! Benchmark of the `examples/` programs: Node running the asm.js, and our
//! wasm in wasmtime with exact heap checks (the default) and with
//! `--heap-checks=trap`, side by side in one run, with the ratios.
//!
//! `cargo bench -p asm2wasm --bench examples`. Each example names its
//! workload in a `// bench: CALL` line. Every engine makes the call once
//! untimed (V8 tiers up), then `BENCH_RUNS` (default 7) timed calls, each on
//! a fresh instance and heap; the median is shown. Only the call is timed,
//! not compilation or instantiation. All three must return the same result.
//! Needs `node` (the reference engine).
//!
//! Goals (from the issue): wasmtime at most 1.0x Node's time; exact heap
//! checks at most 1.1x trapping ones.

#[path = "../tests/common/mod.rs"]
#[allow(dead_code)]
mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use asm2wasm::codegen::{HeapChecks, Options};
use asm2wasm_run::{Foreign, Instance};

/// The foreign object of the bench: functions do nothing and return 0, as in
/// `testsuite/v8/bench.js`.
struct Quiet;

impl Foreign for Quiet {
    fn call(&mut self, _name: &str, _args: &[f64]) -> f64 {
        0.0
    }
    fn value(&mut self, _name: &str) -> f64 {
        0.0
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn from_bits(hex: &serde_json::Value) -> f64 {
    f64::from_bits(u64::from_str_radix(hex.as_str().expect("hex bits"), 16).expect("hex bits"))
}

/// What V8 did: the export, its arguments, its result and the times.
struct Reference {
    name: String,
    args: Vec<f64>,
    result: f64,
    times: Vec<Duration>,
}

fn node_run(path: &Path, call: &str, runs: usize) -> Reference {
    let script = common::root().join("testsuite/v8/bench.js");
    let out = common::node()
        .arg("--allow-natives-syntax")
        .arg(&script)
        .arg(path)
        .arg(call)
        .arg(runs.to_string())
        .output()
        .expect("run node");
    assert!(out.status.success(), "{}: bench.js failed:\n{}", path.display(), String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("bench.js prints JSON");
    Reference {
        name: v["name"].as_str().unwrap().to_string(),
        args: v["args"].as_array().unwrap().iter().map(from_bits).collect(),
        result: from_bits(&v["result"]),
        times: v["ms"].as_array().unwrap().iter().map(|m| Duration::from_secs_f64(m.as_f64().unwrap() / 1e3)).collect(),
    }
}

/// Time `runs` calls of the reference's call in wasmtime, each on a fresh instance.
fn wasmtime_run(wasm: &[u8], r: &Reference, runs: usize, what: &str) -> Vec<Duration> {
    let fresh = || Instance::new(wasm, Box::new(Quiet)).unwrap_or_else(|e| panic!("{what}: instantiate: {e:#}"));
    let check = |got: Option<f64>| {
        let got = got.unwrap_or(f64::NAN);
        assert!(
            got.to_bits() == r.result.to_bits() || (got.is_nan() && r.result.is_nan()),
            "{what}: wasmtime returned {got}, V8 {}",
            r.result
        );
    };
    let mut inst = fresh();
    check(inst.call(&r.name, &r.args).unwrap_or_else(|e| panic!("{what}: {e:#}")));
    (0..runs)
        .map(|_| {
            let mut inst = fresh();
            let start = Instant::now();
            let got = inst.call(&r.name, &r.args).unwrap_or_else(|e| panic!("{what}: {e:#}"));
            let t = start.elapsed();
            check(got);
            t
        })
        .collect()
}

fn run() {
    let runs = std::env::var("BENCH_RUNS").ok().map_or(7, |s| s.parse().expect("BENCH_RUNS is a number")).max(1);
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!("{runs} timed calls per engine, median; each on a fresh instance and heap, after one untimed call");
    println!();
    println!(
        "{:<12} {:<16} {:>10} {:>12} {:>12} {:>10} {:>10} {:>11}",
        "example", "call", "node", "wasm exact", "wasm trap", "exact/node", "trap/node", "exact/trap"
    );
    let (mut worst_node, mut worst_trap) = (0.0f64, 0.0f64);
    let (mut sum_node, mut sum_exact, mut sum_trap) = (0.0, 0.0, 0.0);
    for path in common::js_files("examples") {
        let text = std::fs::read_to_string(&path).expect("read the example");
        let Some(call) = common::directives(&text, "bench").into_iter().next() else { continue };
        let heap_size = common::directives(&text, "heap").first().map_or(65536, |h| h.parse().expect("heap size"));
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let report = asm2wasm::check_source(&file, text);
        assert!(report.is_valid(), "{file} is not valid asm.js");
        let wasm = |heap_checks| {
            report.translate(0, &Options { heap_size, heap_checks, ..Options::default() }).expect("translate")
        };
        let (exact, trap) = (wasm(HeapChecks::Exact), wasm(HeapChecks::Trap));

        let r = node_run(&path, &call, runs);
        let node = median(r.times.clone());
        let e = median(wasmtime_run(&exact, &r, runs, &format!("{file} exact")));
        let t = median(wasmtime_run(&trap, &r, runs, &format!("{file} trap")));
        let (en, tn, et) = (ms(e) / ms(node), ms(t) / ms(node), ms(e) / ms(t));
        worst_node = worst_node.max(en);
        worst_trap = worst_trap.max(et);
        sum_node += ms(node);
        sum_exact += ms(e);
        sum_trap += ms(t);
        println!(
            "{:<12} {:<16} {:>7.1} ms {:>9.1} ms {:>9.1} ms {:>9.2}x {:>9.2}x {:>10.2}x",
            file.trim_end_matches(".js"),
            call,
            ms(node),
            ms(e),
            ms(t),
            en,
            tn,
            et
        );
    }
    println!(
        "{:<29} {:>7.1} ms {:>9.1} ms {:>9.1} ms {:>9.2}x {:>9.2}x {:>10.2}x",
        "total",
        sum_node,
        sum_exact,
        sum_trap,
        sum_exact / sum_node,
        sum_trap / sum_node,
        sum_exact / sum_trap
    );
    println!();
    let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
    println!("goal wasmtime (exact) <= 1.0x node, worst example: {worst_node:.2}x {}", verdict(worst_node <= 1.0));
    println!("goal exact <= 1.1x trap, worst example: {worst_trap:.2}x {}", verdict(worst_trap <= 1.1));
}

fn main() {
    run();
}
