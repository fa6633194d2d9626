//! Benchmark of the npm corpus (`testsuite/corpus/manifest.json`): on each
//! file, side by side in one run, swc's parse alone, our whole check, and
//! the whole translation (the check, then codegen and validation of every
//! module the checker accepts), in wall-clock time and peak memory.
//!
//! `cargo bench -p asm2wasm --bench corpus [-- NAME...]` (only the packages
//! whose name holds a NAME). It reads the cache that `scripts/corpus`
//! fills, and fails, saying so, when the corpus is not fetched. Environment:
//! `BENCH_RUNS` (timed runs of each phase, default 5; the fastest is shown:
//! noise only adds time), `BENCH_THREADS` (threads for a module's functions,
//! default one per core: what the CLI uses; swc's parse is one thread).
//!
//! Goals (from the issue), per file: check at most 1.3x the parse alone,
//! translation at most 1.5x, and the peak memory of each at most 1.5x the
//! parse's. Then the size of each file's wasm (exact checks, branch
//! hints: the default) against the text of its accepted `"use asm"`
//! modules, as it is and gzipped (`gzip -9`), with issue 16's goals on the
//! whole corpus: at most 0.6 bytes per asm.js byte, and at most 0.9x the
//! gzipped asm.js.

#![allow(unsafe_code)] // the counting global allocator of `common`

#[path = "common/mod.rs"]
mod common;

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use asm2wasm::codegen::Options;
use common::{MB, MIB, env_num, fastest, jobs, measure};
use swc_common::{FileName, SourceMap, sync::Lrc};
use swc_ecma_ast::{EsVersion, Program};
use swc_ecma_parser::{EsSyntax, Syntax, parse_file_as_module, parse_file_as_script};

/// The goals: check and translation time, and peak memory, over the parse's.
const CHECK_GOAL: f64 = 1.3;
const TRANSLATE_GOAL: f64 = 1.5;
const PEAK_GOAL: f64 = 1.5;
/// The size goals (issue 16), on the whole corpus: exact output bytes per
/// byte of the asm.js modules it replaces, and the same gzipped.
const SIZE_GOAL: f64 = 0.6;
const GZIP_GOAL: f64 = 0.9;

/// One corpus file: `package@version` and where the cache holds it.
struct File {
    id: String,
    path: PathBuf,
}

/// The manifest's files, in the cache `scripts/corpus --check` verifies.
fn corpus() -> Vec<File> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = Command::new("bash")
        .arg(root.join("scripts/corpus"))
        .arg("--check")
        .output()
        .expect("run scripts/corpus --check");
    assert!(
        out.status.success(),
        "the corpus is not fetched (run `scripts/corpus` first):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let cache = PathBuf::from(stdout.lines().last().expect("scripts/corpus prints the cache"));
    let manifest = root.join("testsuite/corpus/manifest.json");
    let text = std::fs::read_to_string(&manifest).expect("read testsuite/corpus/manifest.json");
    let doc: serde_json::Value = serde_json::from_str(&text).expect("the manifest is JSON");
    let field = |e: &serde_json::Value, key: &str| {
        e[key].as_str().unwrap_or_else(|| panic!("a manifest entry without `{key}`")).to_string()
    };
    doc["files"]
        .as_array()
        .expect("the manifest has `files`")
        .iter()
        .map(|e| {
            let (package, version) = (field(e, "package"), field(e, "version"));
            let path = cache.join(format!("{package}-{version}")).join(field(e, "file"));
            File { id: format!("{package}@{version}"), path }
        })
        .collect()
}

/// swc's parse alone, as the front end does it when it parses a file whole:
/// as a script, else as an ES module; errors it recovers from are kept.
fn swc_parse(text: String) -> (Lrc<SourceMap>, Option<Program>) {
    let cm: Lrc<SourceMap> = Default::default();
    let fm = cm.new_source_file(Lrc::new(FileName::Anon), text);
    let syntax = Syntax::Es(EsSyntax::default());
    let mut recovered = Vec::new();
    let program = match parse_file_as_script(&fm, syntax, EsVersion::Es5, None, &mut recovered) {
        Ok(script) => Some(Program::Script(script)),
        Err(_) => parse_file_as_module(&fm, syntax, EsVersion::Es5, None, &mut recovered)
            .ok()
            .map(Program::Module),
    };
    (cm, program)
}

/// The whole translation of `text`: check, then translate every module in
/// `accepted` (the bytes are validated inside `compile`).
fn translate(name: &str, text: String, opts: &Options, accepted: &[usize]) -> Vec<Vec<u8>> {
    let report = asm2wasm::check_source_with(name, text, opts.jobs);
    accepted
        .iter()
        .map(|&i| report.translate(i, opts).unwrap_or_else(|e| panic!("{name}: module {i}: {e}")))
        .collect()
}

/// What one file gave.
struct Row {
    id: String,
    bytes: usize,
    modules: usize,
    accepted: usize,
    /// The accepted modules' text and their wasm (default options: exact
    /// checks, branch hints), in bytes and gzipped (`gzip -9`).
    size: Size,
    /// Fastest wall clock of: parse, check, translate.
    wall: [Duration; 3],
    /// Fastest user CPU time (all threads) of the same.
    user: [Duration; 3],
    /// Peak bytes above the start of: parse, check, translate.
    peak: [usize; 3],
}

impl Row {
    /// Wall clock of phase `p` (1: check, 2: translate) over the parse's.
    fn ratio(&self, p: usize) -> f64 {
        ratio(self.wall[p], self.wall[0])
    }
    /// Peak memory of phase `p` over the parse's.
    fn peak_ratio(&self, p: usize) -> f64 {
        self.peak[p] as f64 / self.peak[0] as f64
    }
}

/// A goal: a ratio of a row that must stay at most `limit`.
struct Goal {
    name: &'static str,
    limit: f64,
    of: fn(&Row) -> f64,
}

/// Bytes of asm.js and of its wasm, as they are and gzipped.
#[derive(Clone, Copy, Default)]
struct Size {
    asm: usize,
    asm_gz: usize,
    wasm: usize,
    wasm_gz: usize,
}

impl Size {
    fn add(self, o: Size) -> Size {
        Size {
            asm: self.asm + o.asm,
            asm_gz: self.asm_gz + o.asm_gz,
            wasm: self.wasm + o.wasm,
            wasm_gz: self.wasm_gz + o.wasm_gz,
        }
    }
}

/// The length of `bytes` gzipped at the best compression, as `gzip -9`.
fn gzipped(bytes: &[u8]) -> usize {
    use std::io::Write;
    let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(bytes).expect("gzip in memory");
    z.finish().expect("gzip in memory").len()
}

/// Time and peak memory of parse, check and translate on one file.
fn bench_file(file: &File, runs: usize, opts: &Options) -> Row {
    let text = std::fs::read_to_string(&file.path)
        .unwrap_or_else(|e| panic!("read {}: {e}", file.path.display()));
    let name = file.id.clone();
    // Once, untimed: which modules we accept (also a warm-up).
    let report = asm2wasm::check_source_with(&name, text.clone(), opts.jobs);
    let accepted: Vec<usize> =
        (0..report.modules.len()).filter(|&i| report.modules[i].typed.is_some()).collect();
    let modules = report.modules.len();
    let asm: String = accepted
        .iter()
        .map(|&i| &text[report.modules[i].span.lo as usize..report.modules[i].span.hi as usize])
        .collect();
    let wasm = translate(&name, text.clone(), opts, &accepted);
    let size = Size {
        asm: asm.len(),
        asm_gz: if asm.is_empty() { 0 } else { gzipped(asm.as_bytes()) },
        wasm: wasm.iter().map(Vec::len).sum(),
        wasm_gz: wasm.iter().map(|w| gzipped(w)).sum(),
    };
    drop(report);
    drop(swc_parse(text.clone()));

    let mut wall = [const { Vec::new() }; 3];
    let mut user = [const { Vec::new() }; 3];
    let mut peak = [0; 3];
    for _ in 0..runs {
        // The input is given: its copy is made outside each measurement.
        let src = text.clone();
        let m = [
            measure(move || swc_parse(src)),
            {
                let src = text.clone();
                measure(|| asm2wasm::check_source_with(&name, src, opts.jobs))
            },
            {
                let src = text.clone();
                measure(|| translate(&name, src, opts, &accepted))
            },
        ];
        for (phase, m) in m.into_iter().enumerate() {
            wall[phase].push(m.wall);
            user[phase].push(m.user);
            peak[phase] = peak[phase].max(m.peak);
        }
    }
    Row {
        id: file.id.clone(),
        bytes: text.len(),
        modules,
        accepted: accepted.len(),
        size,
        wall: wall.map(fastest),
        user: user.map(fastest),
        peak,
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// The table's column widths.
const WIDTHS: [usize; 13] = [20, 6, 9, 8, 8, 9, 7, 8, 10, 12, 9, 11, 11];

/// One line of the table: the first column left-aligned, the rest right;
/// printed and appended to `table`.
fn print_row(table: &mut String, cells: &[&str]) {
    let mut line = String::new();
    for (i, (cell, width)) in cells.iter().zip(WIDTHS).enumerate() {
        if i == 0 {
            line += &format!("{cell:<width$}");
        } else {
            line += &format!(" {cell:>width$}");
        }
    }
    println!("{}", line.trim_end());
    *table += line.trim_end();
    table.push('\n');
}

/// The cells of a row: sizes, times (parse, check, translate), their
/// ratios to the parse in wall clock and CPU time, the parse's peak and the
/// two peak ratios.
fn cells(
    id: &str,
    bytes: usize,
    (accepted, modules): (usize, usize),
    wall: [Duration; 3],
    user: [Duration; 3],
    parse_peak: Option<usize>,
    peak_ratios: [f64; 2],
) -> Vec<String> {
    let x = |r: f64| format!("{r:.2}x");
    vec![
        id.to_string(),
        format!("{:.2}", bytes as f64 / MB),
        format!("{accepted}/{modules}"),
        format!("{:.1}", ms(wall[0])),
        format!("{:.1}", ms(wall[1])),
        format!("{:.1}", ms(wall[2])),
        x(ratio(wall[1], wall[0])),
        x(ratio(wall[2], wall[0])),
        x(ratio(user[1], user[0])),
        x(ratio(user[2], user[0])),
        parse_peak.map_or(String::new(), |p| format!("{:.1}", p as f64 / MIB)),
        x(peak_ratios[0]),
        x(peak_ratios[1]),
    ]
}

/// `b / a` of two durations.
fn ratio(b: Duration, a: Duration) -> f64 {
    b.as_secs_f64() / a.as_secs_f64()
}

fn run() {
    let runs = (env_num("BENCH_RUNS", 5.0) as usize).max(1);
    let opts = Options { jobs: jobs(), ..Options::default() };
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let files: Vec<File> = corpus()
        .into_iter()
        .filter(|f| filters.is_empty() || filters.iter().any(|n| f.id.contains(n.as_str())))
        .collect();
    assert!(!files.is_empty(), "no corpus file matches {filters:?}");
    println!(
        "{} corpus files; {runs} runs of each phase, the fastest shown; check and translate on {} thread(s), swc's parse on one",
        files.len(),
        opts.jobs.threads
    );
    println!(
        "time: wall clock (and user CPU of all threads, which other tenants do not inflate); peak: bytes live above the start"
    );
    println!();
    let mut table = String::new();
    print_row(
        &mut table,
        &[
            "file",
            "MB",
            "modules",
            "parse",
            "check",
            "translate",
            "check",
            "transl.",
            "CPU check",
            "CPU transl.",
            "parse",
            "check",
            "transl.",
        ],
    );
    print_row(
        &mut table,
        &[
            "",
            "",
            "ok/found",
            "ms",
            "ms",
            "ms",
            "/parse",
            "/parse",
            "/parse",
            "/parse",
            "peak MiB",
            "peak/parse",
            "peak/parse",
        ],
    );
    let mut rows = Vec::new();
    for file in &files {
        let r = bench_file(file, runs, &opts);
        let cells = cells(
            &r.id,
            r.bytes,
            (r.accepted, r.modules),
            r.wall,
            r.user,
            Some(r.peak[0]),
            [r.peak_ratio(1), r.peak_ratio(2)],
        );
        print_row(&mut table, &cells.iter().map(String::as_str).collect::<Vec<_>>());
        rows.push(r);
    }
    let wall = [0, 1, 2].map(|p| rows.iter().map(|r| r.wall[p]).sum::<Duration>());
    let user = [0, 1, 2].map(|p| rows.iter().map(|r| r.user[p]).sum::<Duration>());
    let peaks = [0, 1, 2].map(|p| rows.iter().map(|r| r.peak[p]).sum::<usize>() as f64);
    let totals = cells(
        "all (sums)",
        rows.iter().map(|r| r.bytes).sum(),
        (rows.iter().map(|r| r.accepted).sum(), rows.iter().map(|r| r.modules).sum()),
        wall,
        user,
        None,
        [peaks[1] / peaks[0], peaks[2] / peaks[0]],
    );
    print_row(&mut table, &totals.iter().map(String::as_str).collect::<Vec<_>>());
    println!();
    table.push('\n');
    let goals = [
        Goal { name: "check <= 1.3x parse, wall clock", limit: CHECK_GOAL, of: |r| r.ratio(1) },
        Goal {
            name: "translate <= 1.5x parse, wall clock",
            limit: TRANSLATE_GOAL,
            of: |r| r.ratio(2),
        },
        Goal { name: "check peak <= 1.5x parse's peak", limit: PEAK_GOAL, of: |r| r.peak_ratio(1) },
        Goal {
            name: "translate peak <= 1.5x parse's peak",
            limit: PEAK_GOAL,
            of: |r| r.peak_ratio(2),
        },
    ];
    for Goal { name, limit, of } in goals {
        let missed: Vec<String> = rows
            .iter()
            .filter(|r| of(r) > limit)
            .map(|r| format!("{} {:.2}x (+{:.0}%)", r.id, of(r), (of(r) / limit - 1.0) * 100.0))
            .collect();
        let line = if missed.is_empty() {
            format!("goal {name}: met on all {} files", rows.len())
        } else {
            format!(
                "goal {name}: MISSED on {} of {} files: {}",
                missed.len(),
                rows.len(),
                missed.join(", ")
            )
        };
        println!("{line}");
        table += &line;
        table.push('\n');
    }
    sizes(&rows, &mut table);
    if std::env::var_os("BLESS").is_some_and(|v| v != "0") {
        assert!(filters.is_empty(), "BLESS=1 writes the timings of the whole corpus: give no NAME");
        write_timings(&table, runs, opts.jobs.threads);
    }
}

/// The size of each file's wasm against its asm.js modules, and the size
/// goals on the whole corpus, printed and added to `table`.
fn sizes(rows: &[Row], table: &mut String) {
    let mut say = |line: String| {
        println!("{line}");
        *table += &line;
        table.push('\n');
    };
    say(String::new());
    say(format!(
        "{:<22} {:>11} {:>10} {:>11} {:>10} {:>9} {:>9}",
        "size (exact, hints)", "asm.js", "gzipped", "wasm", "gzipped", "wasm/asm", "gz/gz"
    ));
    let row = |id: &str, s: Size| {
        format!(
            "{id:<22} {:>11} {:>10} {:>11} {:>10} {:>9.3} {:>8.2}x",
            s.asm,
            s.asm_gz,
            s.wasm,
            s.wasm_gz,
            s.wasm as f64 / s.asm as f64,
            s.wasm_gz as f64 / s.asm_gz as f64
        )
    };
    let with_modules: Vec<&Row> = rows.iter().filter(|r| r.size.asm > 0).collect();
    for r in &with_modules {
        say(row(&r.id, r.size));
    }
    let total = with_modules.iter().fold(Size::default(), |t, r| t.add(r.size));
    say(row("all (sums)", total));
    say(String::new());
    let (per_byte, gz) =
        (total.wasm as f64 / total.asm as f64, total.wasm_gz as f64 / total.asm_gz as f64);
    let verdict = |v: f64, limit: f64| if v <= limit { "met" } else { "MISSED" };
    say(format!(
        "goal exact output <= {SIZE_GOAL} bytes per asm.js byte, corpus: {per_byte:.3} {}",
        verdict(per_byte, SIZE_GOAL)
    ));
    say(format!(
        "goal gzipped output <= {GZIP_GOAL}x the gzipped asm.js, corpus: {gz:.2}x {}",
        verdict(gz, GZIP_GOAL)
    ));
}

/// `BLESS=1`: the table becomes the `## Timings` section of
/// `testsuite/corpus/summary.md`, after the deterministic part that
/// `tests/corpus.rs` writes and checks (timings change from run to run, so
/// no test compares them).
fn write_timings(table: &str, runs: usize, threads: usize) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testsuite/corpus/summary.md");
    let doc = std::fs::read_to_string(&path).expect("read testsuite/corpus/summary.md");
    let head = doc.split(TIMINGS).next().unwrap_or_default().trim_end();
    let section = format!(
        "{head}\n\n{TIMINGS}\n\nWritten by `BLESS=1 cargo bench -p asm2wasm --bench corpus` (release build, \
         the fastest of {runs} runs of each phase, check and translation on {threads} thread(s), swc's \
         parse of the same file on one; peak: bytes live above the start). Not checked by a test: \
         timings change from run to run.\n\n```\n{table}```\n"
    );
    std::fs::write(&path, section).expect("write testsuite/corpus/summary.md");
    println!("wrote the timings into {}", path.display());
}

/// The heading of the summary's section that this bench writes.
const TIMINGS: &str = "## Timings";

fn main() {
    // `cargo bench` passes `--bench`; other arguments select packages.
    asm2wasm::with_big_stack(run);
}
