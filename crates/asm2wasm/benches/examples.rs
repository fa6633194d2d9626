//! Benchmark of the `examples/` programs: Node running the asm.js, and our
//! wasm in wasmtime with exact heap checks (the default) and with
//! `--heap-checks=trap`, side by side in one run, with the ratios. The wasm
//! imports its memory and reads the heap length when instantiated, as what
//! `asm2wasm run` and the loader emit does.
//!
//! `cargo bench -p asm2wasm --bench examples`. Two more columns run exact
//! mode without the branch-hint section, to show what the hints buy, and
//! with a memory of its own, its length known at translation (`-o out.wasm`
//! without `--import-memory`), to show what the one wasm for every length costs. Each
//! example names its workload in a `// bench: CALL` line. Every engine makes
//! `BENCH_RUNS` (default 15) timed calls, each on a fresh instance and heap;
//! the fastest is shown (noise only adds time). The engines take turns, a
//! round of 3 calls each, every round after one untimed call (V8 compiles
//! lazily) and Node's in a fresh process; within a round the three wasm
//! modules take turns call by call. Only the call is timed, not compilation
//! or instantiation. All four must return the same result.
//! Needs `node` (the reference engine).
//!
//! Goals (from the issue): wasmtime at most 1.0x Node's time; exact heap
//! checks at most 1.1x trapping ones.

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use asm2wasm::codegen::{HeapChecks, Options};
use asm2wasm_run::{Limits, Program};
use common::Quiet;

/// The fastest of the runs: on a shared machine noise only ever adds time,
/// so the minimum is the steadiest estimate of the cost itself.
fn fastest(v: Vec<Duration>) -> Duration {
    v.into_iter().min().expect("at least one run")
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
    assert!(
        out.status.success(),
        "{}: bench.js failed:\n{}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("bench.js prints JSON");
    Reference {
        name: v["name"].as_str().unwrap().to_string(),
        args: v["args"].as_array().unwrap().iter().map(from_bits).collect(),
        result: from_bits(&v["result"]),
        times: v["ms"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| Duration::from_secs_f64(m.as_f64().unwrap() / 1e3))
            .collect(),
    }
}

/// Time `runs` calls of the reference's call in wasmtime for each module,
/// each call on a fresh instance. The modules take turns call by call, so
/// that a slow spell of this (shared, noisy) machine hits them alike.
fn wasmtime_runs(modules: &[(Program, String)], r: &Reference, runs: usize) -> Vec<Vec<Duration>> {
    let fresh = |program: &Program, what: &str| {
        program
            .instantiate(Box::new(Quiet))
            .unwrap_or_else(|e| panic!("{what}: instantiate: {e:#}"))
    };
    let check = |got: Option<f64>, what: &str| {
        let got = got.unwrap_or(f64::NAN);
        assert!(
            got.to_bits() == r.result.to_bits() || (got.is_nan() && r.result.is_nan()),
            "{what}: wasmtime returned {got}, V8 {}",
            r.result
        );
    };
    let mut times = vec![Vec::with_capacity(runs); modules.len()];
    for round in 0..=runs {
        for ((program, what), times) in modules.iter().zip(&mut times) {
            let mut inst = fresh(program, what);
            let start = Instant::now();
            let got = inst.call(&r.name, &r.args).unwrap_or_else(|e| panic!("{what}: {e:#}"));
            let t = start.elapsed();
            check(got, what);
            // Round 0 is the untimed warm-up call.
            if round > 0 {
                times.push(t);
            }
        }
    }
    times
}

/// Timed calls per engine in one round of the engines' turns.
const ROUND: usize = 3;

fn run() {
    let runs = std::env::var("BENCH_RUNS")
        .ok()
        .map_or(15, |s| s.parse().expect("BENCH_RUNS is a number"))
        .max(1);
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{runs} timed calls per engine, the fastest shown; each on a fresh instance and heap;"
    );
    println!(
        "the engines take turns {ROUND} calls at a time (each turn after one untimed call), the three wasm modules call by call"
    );
    println!();
    println!(
        "{:<10} {:<15} {:>9} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10}",
        "example",
        "call",
        "node",
        "exact",
        "no hints",
        "trap",
        "fixed heap",
        "exact/node",
        "exact/trap",
        "hints gain",
        "any length"
    );
    let (mut worst_node, mut worst_trap) = (0.0f64, 0.0f64);
    let mut sums = [0.0f64; 5];
    let row = |name: &str, call: &str, t: [f64; 5]| {
        println!(
            "{name:<10} {call:<15} {:>6.1} ms {:>7.1} ms {:>7.1} ms {:>7.1} ms {:>7.1} ms {:>9.2}x {:>9.2}x {:>9.2}x {:>9.2}x",
            t[0],
            t[1],
            t[2],
            t[3],
            t[4],
            t[1] / t[0],
            t[1] / t[3],
            t[2] / t[1],
            t[1] / t[4]
        );
    };
    for path in common::js_files("examples") {
        let text = std::fs::read_to_string(&path).expect("read the example");
        let Some(call) = common::directives(&text, "bench").into_iter().next() else { continue };
        let heap_size = common::directives(&text, "heap")
            .first()
            .map_or(65536, |h| h.parse().expect("heap size"));
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let report = asm2wasm::check_source(&file, text);
        assert!(report.is_valid(), "{file} is not valid asm.js");
        let wasm = |heap_checks, branch_hints, import_memory| {
            let opts = Options {
                heap_size,
                heap_checks,
                branch_hints,
                import_memory,
                ..Options::default()
            };
            let what =
                format!("{file} {heap_checks:?} hints {branch_hints} import {import_memory}");
            let wasm = report.translate(0, &opts).expect("translate");
            let mut program = Program::compile(&wasm, Limits::default())
                .unwrap_or_else(|e| panic!("{what}: compile: {e:#}"));
            program.set_heap_length(heap_size);
            (program, what)
        };
        let modules = [
            wasm(HeapChecks::Exact, true, true),
            wasm(HeapChecks::Exact, false, true),
            wasm(HeapChecks::Trap, true, true),
            wasm(HeapChecks::Exact, true, false),
        ];

        // Node and wasmtime take turns too, a few calls at a time (a Node
        // process per round), so that a slow spell of the machine does not
        // fall on one engine's calls only.
        let mut times: [Vec<Duration>; 5] = Default::default();
        let mut left = runs;
        while left > 0 {
            let n = left.min(ROUND);
            left -= n;
            let r = node_run(&path, &call, n);
            times[0].extend(r.times.iter().copied());
            for (k, t) in wasmtime_runs(&modules, &r, n).into_iter().enumerate() {
                times[k + 1].extend(t);
            }
        }
        let t = times.map(|v| ms(fastest(v)));
        worst_node = worst_node.max(t[1] / t[0]);
        worst_trap = worst_trap.max(t[1] / t[3]);
        for (sum, x) in sums.iter_mut().zip(t) {
            *sum += x;
        }
        row(file.trim_end_matches(".js"), &call, t);
    }
    row("total", "", sums);
    println!();
    println!(
        "exact: the default (bounds checks hinted), imported memory; no hints: exact without the branch-hint section; trap: --heap-checks=trap;"
    );
    println!(
        "fixed heap: exact, with a memory of its own (length known at translation); any length: exact over fixed heap"
    );
    let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
    println!(
        "goal wasmtime (exact) <= 1.0x node, worst example: {worst_node:.2}x {}",
        verdict(worst_node <= 1.0)
    );
    println!(
        "goal exact <= 1.1x trap, worst example: {worst_trap:.2}x {}",
        verdict(worst_trap <= 1.1)
    );
}

fn main() {
    run();
}
