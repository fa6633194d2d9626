//! Benchmark of WASI commands (`asm2wasm --wasi`, `docs/wasi.md`, issue 17):
//! a program run as asm.js in Node against the same program made a WASI
//! command, run in Node's `node:wasi` and in the embedded wasmtime, side by
//! side in one run, with the ratios.
//!
//! `cargo bench -p asm2wasm --bench wasi`. Two tables:
//!
//! - **Programs**: each `examples/*.js` with its `// bench: main(N)`
//!   workload (entry `main`, `--print-result`), and the Emscripten program
//!   `testsuite/wasi/emscripten/bench.js` with `1000` and `5000`. The asm.js
//!   runs as `node testsuite/wasi/asmjs-host.cjs FILE MODULE main 16777216
//!   --print-result N` (the Emscripten program as `node bench.js N`, with its
//!   own glue), the command as `node testsuite/wasi/node-wasi.cjs APP.wasm N`
//!   and as `asm2wasm run APP.wasm -- N`. Each also runs with `0` for N, its
//!   start-up (and what the program does whatever N), which the "work"
//!   ratios take off.
//! - **libm per call**: `testsuite/wasi/bench/libm.js`, whose `main(k, n)`
//!   calls one of `Math`'s ten imported functions n times and prints the sum
//!   of the results: V8's own `Math` when Node runs it as asm.js (with
//!   `asmjs-host.cjs`), libm.js (linked into the command) in `node:wasi` and
//!   wasmtime. The time of the empty loop's process (`k = 10`, as many
//!   iterations) is taken off and the rest divided by n: nanoseconds per
//!   call, the loop's own work (a load, an add) excluded.
//!
//! **What is timed** is the whole process, spawn to exit, for all three
//! alike: start-up included (Node's own, V8 validating and compiling the
//! asm.js or compiling the wasm; `asm2wasm run` reading the file and
//! Cranelift compiling the command, libm.js and dtoa.js included). wasmtime
//! runs in the `asm2wasm` binary that Cargo builds for the bench (the bench
//! profile: release), as a user runs it. The commands are made in-process
//! by the library (`check_source`, `translate`, `asm2wasm::wasi::command`),
//! as `asm2wasm FILE --wasi` makes them.
//!
//! Each table makes `BENCH_RUNS` (default 7) timed rounds (the programs'
//! after one untimed round); in a round every engine runs every process of
//! the row (of the table, for libm) once, taking turns, so that a slow spell
//! of this shared, noisy machine falls on all alike. The fastest process of
//! each is shown (noise only adds time). Node's start-up alone, 100 to 150
//! ms on this 2-core machine, varies by tens of ms between processes, more
//! when the machine is busy, even as the fastest of 7: so the "work" ratios
//! of short programs are rough, and the libm table, which makes 10,000,000
//! calls per process to spread that noise thin, is good to a few ns per
//! call (two runs here differed by up to 8 ns in V8's column), not to one.
//!
//! Every process must exit with 0 and write nothing on stderr (so V8
//! refusing the asm.js, which it reports there, is caught), and its stdout
//! must be V8's, byte for byte: for libm.js the sums, which are equal only
//! if every call gave V8's double. Needs `node` (Node 20, the reference);
//! without it the bench panics.

#[path = "../tests/common/mod.rs"]
mod common;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use asm2wasm::codegen::Options;
use asm2wasm::wasi::{CommandOptions, emscripten};

/// The three ways to run a program, in the order of the columns.
const ENGINES: [&str; 3] = ["asm.js in Node", "node:wasi", "wasmtime"];

/// The examples' heap, as `asmjs-host.cjs` is given it and as `--wasi`
/// translates by default.
const HEAP: u32 = 16 << 20;

/// libm.js's heap: its arguments take 128 bytes.
const LIBM_HEAP: u32 = 65536;

/// Calls per process of the libm table: enough that the noise of a
/// process's start-up is small per call, few enough that the table takes
/// about half of the bench's three minutes.
const LIBM_CALLS: u32 = 10_000_000;

/// `main(k, n)`'s functions, by k; k = 10 is the empty loop.
const LIBM: [&str; 10] =
    ["sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "log", "pow"];

/// A program, as asm.js for Node and as a WASI command.
struct Program {
    /// What its rows say.
    name: String,
    /// Node's arguments that run the asm.js, before the program's own.
    asm: Vec<OsString>,
    /// The WASI command.
    wasm: PathBuf,
}

impl Program {
    /// The process of `engine` (an index of [`ENGINES`]) with `args`.
    fn command(&self, engine: usize, args: &[String]) -> Command {
        let mut c = match engine {
            0 => {
                let mut c = common::node();
                c.args(&self.asm);
                c
            }
            1 => {
                let mut c = common::node();
                c.arg(common::root().join("testsuite/wasi/node-wasi.cjs")).arg(&self.wasm);
                c
            }
            _ => {
                let mut c = Command::new(env!("CARGO_BIN_EXE_asm2wasm"));
                c.arg("run").arg(&self.wasm).arg("--");
                c
            }
        };
        c.args(args).stdin(Stdio::null());
        c
    }
}

/// One process: its wall time, from spawn to exit, and its stdout. A
/// failure, or anything on stderr, panics naming `what`.
fn process(mut c: Command, what: &str) -> (Duration, String) {
    let start = Instant::now();
    let out = c
        .output()
        .unwrap_or_else(|e| panic!("{what}: cannot run {}: {e}", c.get_program().display()));
    let t = start.elapsed();
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "{what}: {}, stderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    (t, String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{what}: stdout: {e}")))
}

/// For each argument list of `calls`, the fastest process of each engine,
/// in ms, of `runs` timed rounds (after one untimed round if `warm_up`). In
/// a round each argument list runs once in each engine, the engines taking
/// turns. Every process's stdout must be the first one's of its argument
/// list: V8's.
fn measure(p: &Program, calls: &[Vec<String>], runs: usize, warm_up: bool) -> Vec<[f64; 3]> {
    let mut fastest = vec![[Duration::MAX; 3]; calls.len()];
    let mut reference: Vec<Option<String>> = vec![None; calls.len()];
    for round in usize::from(!warm_up)..=runs {
        for ((args, best), reference) in calls.iter().zip(&mut fastest).zip(&mut reference) {
            for (e, best) in best.iter_mut().enumerate() {
                let what = format!("{} {} ({})", p.name, args.join(" "), ENGINES[e]);
                let (t, out) = process(p.command(e, args), &what);
                match reference {
                    None => *reference = Some(out),
                    Some(r) => {
                        assert!(out == *r, "{what}: stdout differs from V8's:\n{out}\nV8's:\n{r}");
                    }
                }
                if round > 0 {
                    *best = (*best).min(t);
                }
            }
        }
    }
    fastest.into_iter().map(|t| t.map(|d| d.as_secs_f64() * 1e3)).collect()
}

/// `path`'s asm.js module (the file's only one) as a WASI command in `dir`,
/// and the module's name.
fn make_command(
    path: &Path,
    heap_size: u32,
    opts: &CommandOptions<'_>,
    dir: &Path,
) -> (PathBuf, String) {
    let text = std::fs::read_to_string(path).expect("read the program");
    let name = path.display().to_string();
    let report = asm2wasm::with_big_stack(move || asm2wasm::check_source(&name, text));
    assert!(report.is_valid(), "{}: not valid asm.js", path.display());
    assert_eq!(report.modules.len(), 1, "{}: one asm.js module", path.display());
    let module = report.modules[0].name.clone();
    let wasm = report
        .translate(0, &Options { heap_size, ..Options::default() })
        .unwrap_or_else(|e| panic!("{}: translate: {e:?}", path.display()));
    let command = asm2wasm::wasi::command(&wasm, &CommandOptions { heap_size, ..*opts })
        .unwrap_or_else(|e| panic!("{}: --wasi: {e}", path.display()));
    let stem = path.file_stem().unwrap().to_string_lossy();
    let out = dir.join(format!("{stem}.wasm"));
    std::fs::write(&out, command).expect("write the command");
    (out, module)
}

/// `x / y` as a ratio, or `-` where a time is not above 0 (the start-up's
/// noise was larger than the work).
fn ratio(x: f64, y: f64, width: usize) -> String {
    let r = if x > 0.0 && y > 0.0 { format!("{:.2}x", x / y) } else { "-".to_string() };
    format!("{r:>width$}")
}

/// The examples and the Emscripten program, each with its N.
fn program_rows(dir: &Path) -> Vec<(Program, String)> {
    let host = common::root().join("testsuite/wasi/asmjs-host.cjs");
    let mut rows = Vec::new();
    for path in common::js_files("examples") {
        let text = std::fs::read_to_string(&path).expect("read the example");
        let Some(call) = common::directives(&text, "bench").into_iter().next() else { continue };
        let n = call
            .strip_prefix("main(")
            .and_then(|c| c.strip_suffix(')'))
            .unwrap_or_else(|| panic!("{}: the bench call is not main(N): {call}", path.display()))
            .to_string();
        let opts = CommandOptions { entry: Some("main"), print_result: true, ..Default::default() };
        let (wasm, module) = make_command(&path, HEAP, &opts, dir);
        let mut asm: Vec<OsString> = vec![host.clone().into(), path.into()];
        asm.extend(
            [module, "main".into(), HEAP.to_string(), "--print-result".into()].map(Into::into),
        );
        let name = wasm.file_stem().unwrap().to_string_lossy().into_owned();
        rows.push((Program { name, asm, wasm }, n));
    }
    let em = common::root().join("testsuite/wasi/emscripten/bench.js");
    let text = std::fs::read_to_string(&em).expect("read the Emscripten program");
    let layout = emscripten::program_layout(&text, em.parent().unwrap())
        .expect("the glue")
        .expect("bench.js is an Emscripten program");
    let heap = layout.total_memory.unwrap_or(HEAP);
    let opts = CommandOptions { emscripten: Some(&layout), ..Default::default() };
    let (wasm, _) = make_command(&em, heap, &opts, dir);
    for n in ["1000", "5000"] {
        let p =
            Program { name: "emscripten".into(), asm: vec![em.clone().into()], wasm: wasm.clone() };
        rows.push((p, n.into()));
    }
    rows
}

/// The table of programs.
fn programs(dir: &Path, runs: usize) {
    let rows = program_rows(dir);
    println!(
        "programs: each time the fastest of {runs} processes, spawn to exit (start-up included)"
    );
    println!(
        "{:<21}{:<49}   {:<27}   work: whole less start-up",
        "", "whole process, ms", "start-up (N = 0), ms"
    );
    let (engines, ratios) = (
        format!("{:>8} {:>9} {:>8}", "asm.js", "node:wasi", "wasmtime"),
        format!("{:>8} {:>12}", "wasi/asm", "wasmtime/asm"),
    );
    println!("{:<10} {:>9} {engines} {ratios}   {engines}   {ratios}", "program", "N");
    let row = |name: &str, n: &str, t: [f64; 3], t0: [f64; 3]| {
        let work = [0, 1, 2].map(|e| t[e] - t0[e]);
        println!(
            "{name:<10} {n:>9} {:>8.1} {:>9.1} {:>8.1} {} {}   {:>8.1} {:>9.1} {:>8.1}   {} {}",
            t[0],
            t[1],
            t[2],
            ratio(t[1], t[0], 8),
            ratio(t[2], t[0], 12),
            t0[0],
            t0[1],
            t0[2],
            ratio(work[1], work[0], 8),
            ratio(work[2], work[0], 12)
        );
    };
    let (mut sums, mut sums0) = ([0.0f64; 3], [0.0f64; 3]);
    for (p, n) in &rows {
        let t = measure(p, &[vec![n.clone()], vec!["0".to_string()]], runs, true);
        for e in 0..3 {
            sums[e] += t[0][e];
            sums0[e] += t[1][e];
        }
        row(&p.name, n, t[0], t[1]);
    }
    row("total", "", sums, sums0);
    println!(
        "asm.js: node asmjs-host.cjs (the Emscripten program: node bench.js); \
         node:wasi: node node-wasi.cjs; wasmtime: asm2wasm run; ratios to asm.js in Node;"
    );
    println!(
        "the work ratios are rough: a Node process's start-up varies by tens of ms, the work of \
         most rows is 20 to 150 ms"
    );
}

/// The table of libm.js's functions against V8's `Math`.
fn libm(dir: &Path, runs: usize) {
    let path = common::root().join("testsuite/wasi/bench/libm.js");
    let (wasm, module) = make_command(&path, LIBM_HEAP, &CommandOptions::default(), dir);
    let mut asm: Vec<OsString> =
        vec![common::root().join("testsuite/wasi/asmjs-host.cjs").into(), path.into()];
    asm.extend([module, "main".into(), LIBM_HEAP.to_string()].map(Into::into));
    let p = Program { name: "libm.js".into(), asm, wasm };

    // The ten functions, the empty loop, and the empty loop with n = 0.
    let mut calls: Vec<Vec<String>> =
        (0..=LIBM.len()).map(|k| vec![k.to_string(), LIBM_CALLS.to_string()]).collect();
    calls.push(vec![LIBM.len().to_string(), "0".to_string()]);
    let t = measure(&p, &calls, runs, false);
    let (baseline, startup) = (t[LIBM.len()], t[LIBM.len() + 1]);

    println!(
        "libm per call: V8's Math (asm.js in Node) against libm.js in the command; ns per call: \
         the fastest process of {LIBM_CALLS} calls less the fastest of the empty loop"
    );
    println!(
        "{:<11} {:>8} {:>9} {:>8} {:>8} {:>12}",
        "function", "asm.js", "node:wasi", "wasmtime", "wasi/asm", "wasmtime/asm"
    );
    let per_call =
        |t: [f64; 3], b: [f64; 3]| [0, 1, 2].map(|e| (t[e] - b[e]) * 1e6 / f64::from(LIBM_CALLS));
    let row = |f: &str, ns: [f64; 3]| {
        println!(
            "{f:<11} {:>8.1} {:>9.1} {:>8.1} {} {}",
            ns[0],
            ns[1],
            ns[2],
            ratio(ns[1], ns[0], 8),
            ratio(ns[2], ns[0], 12)
        );
    };
    for (f, t) in LIBM.iter().zip(&t) {
        row(f, per_call(*t, baseline));
    }
    row("empty loop", per_call(baseline, startup));
    let whole = |what: &str, t: [f64; 3]| {
        println!("{what:<11} {:>5.1} ms {:>6.1} ms {:>5.1} ms", t[0], t[1], t[2]);
    };
    whole("baseline", baseline);
    whole("start-up", startup);
    println!(
        "empty loop: ns per iteration without a call (baseline less start-up); baseline: the \
         process of k = 10 ({LIBM_CALLS} iterations, no call); start-up: the same with n = 0"
    );
}

fn main() {
    let runs = std::env::var("BENCH_RUNS")
        .ok()
        .map_or(7, |s| s.parse().expect("BENCH_RUNS is a number"))
        .max(1);
    let dir = std::env::temp_dir().join(format!("asm2wasm-bench-wasi-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    println!(
        "{runs} timed rounds per table (the programs' after an untimed one), each process once \
         per round in each engine, the engines taking turns; every stdout checked against V8's"
    );
    println!();
    programs(&dir, runs);
    println!();
    libm(&dir, runs);
    std::fs::remove_dir_all(&dir).ok();
}
