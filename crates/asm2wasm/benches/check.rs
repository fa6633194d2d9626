//! Benchmark of the validator against swc's parser alone, in time and in peak
//! memory, on one generated Emscripten-style asm.js module of 6 MB.
//!
//! `cargo bench -p asm2wasm --bench check`. Environment:
//! `BENCH_MB` (input size in MB of 10^6 bytes, default 6), `BENCH_RUNS`
//! (timed runs of each phase, default 5; the fastest is shown: noise only
//! adds time),
//! `BENCH_DUMP=FILE` (also write the generated module there),
//! `BENCH_THREADS` (threads for a module's functions, default one per core:
//! what the CLI uses; the bench also shows the whole check on one thread),
//! `BENCH_ONLY=parse|check` (run only that side, `BENCH_RUNS` times, and
//! print nothing more: for `perf stat` or `perf record`).
//!
//! The goal (from the issue): the whole check takes at most 1.3x the time and
//! 1.3x the peak memory of parsing the same text with swc alone.

#![allow(unsafe_code)] // the counting global allocator of `common`

#[path = "gen/mod.rs"]
mod generator;

#[path = "common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use asm2wasm::Jobs;
use common::{
    MB, MIB, env_num, fastest, jobs, measure, peak_since, reset_peak, swc_parse, timed, user_ratio,
};

fn run() {
    let target = (env_num("BENCH_MB", 6.0) * MB) as usize;
    let runs = (env_num("BENCH_RUNS", 5.0) as usize).max(1);
    let jobs = jobs();

    let t = Instant::now();
    let text = generator::generate(target);
    let gen_time = t.elapsed();
    if let Ok(path) = std::env::var("BENCH_DUMP") {
        std::fs::write(&path, &text).unwrap_or_else(|e| panic!("write {path}: {e}"));
        println!("wrote the module to {path}");
    }
    let len = text.len();
    let input_mb = len as f64 / MB;

    // Validate once (also a warm-up): the module must be valid.
    let report = asm2wasm::check_source("bench.js", text.clone());
    if let Some(d) = report.diagnostics.iter().find(|d| d.is_error()) {
        panic!(
            "the generated module is not valid ({} errors), the first:\n{}",
            report.error_count(),
            report.source().render(d)
        );
    }
    if !report.diagnostics.is_empty() {
        println!("note: {} warnings on the generated module", report.diagnostics.len());
    }
    assert_eq!(report.modules.len(), 1);
    let functions = report.modules[0].typed.as_ref().map_or(0, |t| t.functions.len());
    drop(report);
    let lines = text.lines().count();
    println!(
        "input: {input_mb:.2} MB ({len} bytes, {lines} lines, {functions} functions), generated in {:.0} ms; {runs} runs of each, the fastest shown",
        gen_time.as_secs_f64() * 1e3
    );
    // Warm the parser too.
    drop(swc_parse(text.clone()));
    // For a profiler or `perf stat`: only one side, `runs` times.
    match std::env::var("BENCH_ONLY").as_deref() {
        Ok("parse") => return (0..runs).for_each(|_| drop(swc_parse(text.clone()))),
        Ok("check") => {
            return (0..runs)
                .for_each(|_| drop(asm2wasm::check_source_with("bench.js", text.clone(), jobs)));
        }
        Ok(other) => panic!("BENCH_ONLY={other:?}: use parse or check"),
        Err(_) => {}
    }

    let (mut parse_times, mut check_times, mut front_times, mut serial_times) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut parse_user, mut check_user) = (Vec::new(), Vec::new());
    let (mut parse_peak, mut check_peak, mut front_peak) = (0, 0, 0);
    // The pieces of both, timed one by one.
    let names = [
        "swc: parse",
        "swc: drop the AST",
        "check_source: copy the text",
        "check_source: syntax::parse_with (swc, lower)",
        "check_source: check::check_with",
        "check_source: drop the report",
    ];
    let mut pieces: Vec<Vec<Duration>> = vec![Vec::new(); names.len()];
    let mut checker_peak = 0;
    for _ in 0..runs {
        // The input is given: its copy is made outside the measurement.
        let src = text.clone();
        let m = measure(move || swc_parse(src));
        parse_times.push(m.wall);
        parse_user.push(m.user);
        parse_peak = parse_peak.max(m.peak);

        let src = text.clone();
        let m = measure(move || asm2wasm::check_source_with("bench.js", src, jobs));
        check_times.push(m.wall);
        check_user.push(m.user);
        check_peak = check_peak.max(m.peak);

        let src = text.clone();
        serial_times.push(
            measure(move || asm2wasm::check_source_with("bench.js", src, Jobs::SEQUENTIAL)).wall,
        );

        let m = measure(|| asm2wasm::syntax::parse_with(&text, jobs));
        front_times.push(m.wall);
        front_peak = front_peak.max(m.peak);

        let src = text.clone();
        let (t, parsed) = timed(|| swc_parse(src));
        pieces[0].push(t);
        pieces[1].push(timed(|| drop(parsed)).0);
        pieces[2].push(timed(|| text.clone()).0);
        let (t, parsed) = timed(|| asm2wasm::syntax::parse_with(&text, jobs));
        pieces[3].push(t);
        let interner = &parsed.interner;
        let base = reset_peak();
        let (t, checked) = timed(|| {
            parsed
                .modules
                .into_iter()
                .map(|m| {
                    asm2wasm::check::check_with(
                        m,
                        interner,
                        asm2wasm::check::Options { strict: false, jobs },
                    )
                })
                .collect::<Vec<_>>()
        });
        checker_peak = checker_peak.max(peak_since(base));
        pieces[4].push(t);
        pieces[5].push(timed(|| drop((checked, parsed.diagnostics, parsed.interner))).0);
    }
    let (parse_t, check_t, front_t, serial_t) =
        (fastest(parse_times), fastest(check_times), fastest(front_times), fastest(serial_times));

    let secs = |d: Duration| d.as_secs_f64();
    let row = |name: &str, t: Duration, peak: usize| {
        println!(
            "{name:<34} {:>9.1} ms {:>8.1} MB/s {:>9.1} MiB {:>7.2}x input",
            secs(t) * 1e3,
            input_mb / secs(t),
            peak as f64 / MIB,
            peak as f64 / len as f64
        );
    };
    println!();
    println!(
        "{:<34} {:>12} {:>13} {:>13} {:>13}",
        "phase", "time", "throughput", "peak memory", "peak/input"
    );
    row("(a) swc parse alone", parse_t, parse_peak);
    row(&format!("(b) asm2wasm check, {} thread(s)", jobs.threads), check_t, check_peak);
    let time_ratio = secs(check_t) / secs(parse_t);
    let peak_ratio = check_peak as f64 / parse_peak as f64;
    println!("{:<34} {:>11.2}x {:>13} {:>12.2}x", "ratio (b)/(a)", time_ratio, "", peak_ratio);
    let user_ratio = user_ratio(parse_user, check_user);
    println!(
        "the whole check on one thread: {:.1} ms, {:.2}x parse alone",
        secs(serial_t) * 1e3,
        secs(serial_t) / secs(parse_t)
    );
    println!();
    println!(
        "for reference, the front end alone (asm2wasm::syntax::parse_with: swc + lowering, on a borrowed text):"
    );
    row("    syntax::parse_with", front_t, front_peak);
    println!();
    println!("where the time goes (the fastest of separate runs of each piece):");
    for (name, times) in names.iter().zip(pieces) {
        let t = fastest(times);
        println!(
            "    {name:<46} {:>8.1} ms {:>6.2}x parse alone",
            secs(t) * 1e3,
            secs(t) / secs(parse_t)
        );
    }
    println!(
        "    the checker's own peak (check::check, above the lowered modules): {:.1} MiB",
        checker_peak as f64 / MIB
    );
    println!();
    let verdict = |r: f64| if r <= 1.3 { "met" } else { "MISSED" };
    println!(
        "goal time <= 1.3x parse: {:.2}x {} (user CPU: {user_ratio:.2}x {})",
        time_ratio,
        verdict(time_ratio),
        verdict(user_ratio)
    );
    println!("goal peak <= 1.3x parse: {:.2}x {}", peak_ratio, verdict(peak_ratio));
}

fn main() {
    // `cargo bench` passes `--bench`; there is nothing to select.
    asm2wasm::with_big_stack(run);
}
