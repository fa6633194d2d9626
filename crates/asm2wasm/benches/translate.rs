//! Benchmark of the whole translation (parse, check, codegen, wasmparser
//! validation: what `asm2wasm IN -o OUT` does between reading and writing)
//! against swc's parser alone, in time and in peak memory, on the generated
//! module of the `check` bench; and the size of the output, per input byte
//! and against `wasm-opt -O` (binaryen) as a yardstick.
//!
//! `cargo bench -p asm2wasm --bench translate`. Environment: `BENCH_MB`
//! (default 6), `BENCH_RUNS` (default 5, the fastest is shown),
//! `BENCH_HEAP_CHECKS=trap` (translate with trapping heap checks instead of
//! the exact default), `BENCH_SAVE=DIR` (write the input and the output
//! there as `bench.js` and `bench.wasm`), `BENCH_THREADS` (threads for a
//! module's functions, default one per core: what the CLI uses; the bench
//! also shows the whole translation on one thread), `BENCH_ONLY=compile`
//! (only codegen and validation of the checked module, `BENCH_RUNS` times,
//! printing nothing more: for a profiler). Needs `wasm-opt` (Debian
//! package `binaryen`).
//!
//! Goals (from the issue): translation at most 1.5x the parse alone in time
//! and in peak memory; at most 0.45 output bytes per input byte, exact
//! semantics on.

#![allow(unsafe_code)] // the counting global allocator of `common`

#[path = "gen/mod.rs"]
mod generator;

#[path = "common/mod.rs"]
mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use asm2wasm::codegen::{HeapChecks, Options};
use common::{MB, MIB, env_num, fastest, measure, swc_parse, timed, user_ratio};

/// The whole translation of `text`, as the CLI does it.
fn translate(text: String, opts: &Options) -> Vec<u8> {
    let report = asm2wasm::check_source_with("bench.js", text, opts.jobs);
    assert!(report.is_valid(), "the generated module is not valid");
    report.translate(0, opts).unwrap_or_else(|e| panic!("translation failed: {e}"))
}

/// The size of `wasm` after `wasm-opt -O`, and how long that took.
fn wasm_opt_size(wasm: &[u8]) -> (usize, Duration) {
    let dir = std::env::temp_dir().join(format!("asm2wasm-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create a scratch directory");
    let (input, output) = (dir.join("in.wasm"), dir.join("out.wasm"));
    std::fs::write(&input, wasm).expect("write the module");
    let start = Instant::now();
    let status = Command::new("wasm-opt")
        .arg("-O")
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .status()
        .unwrap_or_else(|e| {
            panic!("cannot run wasm-opt ({e}): install binaryen (`apt-get install binaryen`)")
        });
    let took = start.elapsed();
    assert!(status.success(), "wasm-opt -O failed on our output: {status}");
    let size = std::fs::metadata(&output).expect("wasm-opt wrote its output").len() as usize;
    let _ = std::fs::remove_dir_all(&dir);
    (size, took)
}

/// The bytes of `wasm` by section: code, names, branch hints, the rest.
fn section_sizes(wasm: &[u8]) -> [(&'static str, usize); 4] {
    use wasmparser::{KnownCustom, Payload};
    let mut sizes = [("code", 0), ("names", 0), ("branch hints", 0), ("the rest", 0)];
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let payload = payload.expect("our output parses");
        let (slot, range) = match &payload {
            Payload::CodeSectionStart { range, .. } => (0, range.clone()),
            Payload::CustomSection(c) => match c.as_known() {
                KnownCustom::Name(_) => (1, c.range()),
                KnownCustom::BranchHints(_) => (2, c.range()),
                _ => (3, c.range()),
            },
            Payload::CodeSectionEntry(_) | Payload::End(_) | Payload::Version { .. } => continue,
            other => match other.as_section() {
                Some((_, range)) => (3, range),
                None => continue,
            },
        };
        sizes[slot].1 += range.len();
    }
    sizes
}

fn run() {
    let target = (env_num("BENCH_MB", 6.0) * MB) as usize;
    let runs = (env_num("BENCH_RUNS", 5.0) as usize).max(1);
    let heap_checks = match std::env::var("BENCH_HEAP_CHECKS").as_deref() {
        Ok("trap") => HeapChecks::Trap,
        Ok("exact") | Err(_) => HeapChecks::Exact,
        Ok(other) => panic!("BENCH_HEAP_CHECKS={other:?}: use exact or trap"),
    };
    let jobs = common::jobs();
    let opts = Options { heap_checks, jobs, ..Options::default() };

    let text = generator::generate(target);
    let len = text.len();
    let input_mb = len as f64 / MB;
    // Warm both up; keep one output for the size figures.
    let wasm = translate(text.clone(), &opts);
    drop(swc_parse(text.clone()));
    match std::env::var("BENCH_ONLY").as_deref() {
        Ok("compile") => {
            let report = asm2wasm::check_source_with("bench.js", text, jobs);
            return (0..runs).for_each(|_| drop(report.translate(0, &opts).expect("translate")));
        }
        Ok(other) => panic!("BENCH_ONLY={other:?}: use compile"),
        Err(_) => {}
    }
    println!(
        "input: {input_mb:.2} MB ({len} bytes), heap checks {heap_checks:?}; {runs} runs of each, the fastest shown"
    );

    let serial_opts = Options { jobs: asm2wasm::Jobs::SEQUENTIAL, ..opts.clone() };
    let (mut parse_times, mut tr_times, mut serial_times) = (Vec::new(), Vec::new(), Vec::new());
    let (mut parse_user, mut tr_user) = (Vec::new(), Vec::new());
    let (mut parse_peak, mut tr_peak) = (0, 0);
    let (mut check_times, mut compile_times, mut validate_times) =
        (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let src = text.clone();
        let m = measure(move || swc_parse(src));
        parse_times.push(m.wall);
        parse_user.push(m.user);
        parse_peak = parse_peak.max(m.peak);

        let src = text.clone();
        let m = measure(|| translate(src, &opts));
        tr_times.push(m.wall);
        tr_user.push(m.user);
        tr_peak = tr_peak.max(m.peak);

        let src = text.clone();
        serial_times.push(measure(|| translate(src, &serial_opts)).wall);

        // The pieces, one by one.
        let (t, report) = timed(|| asm2wasm::check_source_with("bench.js", text.clone(), jobs));
        check_times.push(t);
        compile_times.push(timed(|| report.translate(0, &opts).expect("translate")).0);
        drop(report);
        validate_times
            .push(timed(|| wasmparser::Validator::new().validate_all(&wasm).expect("valid")).0);
    }
    let (parse_t, tr_t) = (fastest(parse_times), fastest(tr_times));
    let secs = |d: Duration| d.as_secs_f64();
    let row = |name: &str, t: Duration, peak: usize| {
        println!(
            "{name:<36} {:>9.1} ms {:>8.1} MB/s {:>9.1} MiB {:>7.2}x input",
            secs(t) * 1e3,
            input_mb / secs(t),
            peak as f64 / MIB,
            peak as f64 / len as f64
        );
    };
    println!();
    println!(
        "{:<36} {:>12} {:>13} {:>13} {:>13}",
        "phase", "time", "throughput", "peak memory", "peak/input"
    );
    row("(a) swc parse alone", parse_t, parse_peak);
    row(&format!("(b) translation, {} thread(s)", jobs.threads), tr_t, tr_peak);
    let time_ratio = secs(tr_t) / secs(parse_t);
    let peak_ratio = tr_peak as f64 / parse_peak as f64;
    println!("{:<36} {:>11.2}x {:>13} {:>12.2}x", "ratio (b)/(a)", time_ratio, "", peak_ratio);
    let user_ratio = user_ratio(parse_user, tr_user);
    let serial_t = fastest(serial_times);
    println!(
        "the whole translation on one thread: {:.1} ms, {:.2}x parse alone",
        secs(serial_t) * 1e3,
        secs(serial_t) / secs(parse_t)
    );
    println!();
    println!("where the time goes (the fastest of separate runs of each piece):");
    for (name, t) in [
        ("check_source (parse, lower, check)", fastest(check_times)),
        ("compile (codegen + wasmparser validation)", fastest(compile_times)),
        ("  of which wasmparser validation (one thread)", fastest(validate_times)),
    ] {
        println!(
            "    {name:<44} {:>8.1} ms {:>6.2}x parse alone",
            secs(t) * 1e3,
            secs(t) / secs(parse_t)
        );
    }

    let out = wasm.len();
    let per_byte = out as f64 / len as f64;
    let (opt, opt_time) = wasm_opt_size(&wasm);
    println!();
    println!("output: {out} bytes, {per_byte:.3} bytes per input byte");
    let parts: Vec<String> =
        section_sizes(&wasm).iter().map(|(name, n)| format!("{name} {n}")).collect();
    println!("    by section: {}", parts.join(", "));
    if let Ok(dir) = std::env::var("BENCH_SAVE") {
        std::fs::write(format!("{dir}/bench.js"), &text).expect("save the input");
        std::fs::write(format!("{dir}/bench.wasm"), &wasm).expect("save the output");
    }
    println!(
        "wasm-opt -O: {opt} bytes ({:.3} per input byte, {:.2}x ours; {:.1} s)",
        opt as f64 / len as f64,
        opt as f64 / out as f64,
        opt_time.as_secs_f64()
    );
    println!();
    let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
    println!(
        "goal time <= 1.5x parse: {time_ratio:.2}x {} (user CPU: {user_ratio:.2}x {})",
        verdict(time_ratio <= 1.5),
        verdict(user_ratio <= 1.5)
    );
    println!("goal peak <= 1.5x parse: {peak_ratio:.2}x {}", verdict(peak_ratio <= 1.5));
    println!("goal output <= 0.45 bytes/input byte: {per_byte:.3} {}", verdict(per_byte <= 0.45));
}

fn main() {
    asm2wasm::with_big_stack(run);
}
