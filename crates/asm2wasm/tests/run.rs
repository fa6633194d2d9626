//! Execution: every case of `testsuite/run/` and every program of
//! `examples/` runs, translated, in wasmtime, and each call must give what
//! JS gives: the same bits (NaN payloads aside), the same foreign calls, and
//! the same heap after the last call. What JS gives is stored beside each
//! file (`NAME.expected`, V8's results, written by `BLESS=1`), so a change
//! of results shows in the diff; Node (V8, the reference) and the
//! SpiderMonkey 58 shell run every file again and must still agree with
//! what is stored. Each emitted module is validated by wasmparser and by
//! wabt, and a run case's WAT is snapshotted.
//!
//! The engines, the wasm runs and every comparison are `asm2wasm::diff`'s,
//! the code of `asm2wasm diff`: this harness adds the stored files.
//!
//! One test per file (libtest-mimic): `run/<case>`, `examples/<program>`;
//! `scripts/test NAME` runs the ones whose name holds NAME.

mod common;

use asm2wasm::FileReport;
use asm2wasm::codegen::{HeapChecks, Options};
use asm2wasm::diff::{
    CallRun, Case, DEFAULT_HEAP, Engine, Job, Outcome, Run, Validation, Wasm, compare,
    module_source, run_engine,
};
use asm2wasm_run::js_number;
use libtest_mimic::{Arguments, Failed, Trial};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What a trapping translation says on an out-of-bounds access.
const OUT_OF_BOUNDS: &str = "out of bounds memory access";

/// A number of an expectation file: JS's shortest form, which reads back to
/// the same bits (`-0`, `NaN` and `Infinity` included).
fn number(s: &str) -> Result<f64, String> {
    s.parse::<f64>().map_err(|e| format!("bad number `{s}`: {e}"))
}

/// The arguments a call's text spells as plain numbers (`f(1, -0)`), if
/// they are all so spelt: then the file needs no `args` line.
fn spelt_args(call: &str) -> Option<Vec<f64>> {
    let inner = call.strip_suffix(')')?.split_once('(')?.1;
    if inner.trim().is_empty() {
        return Some(Vec::new());
    }
    inner.split(", ").map(|a| number(a).ok().filter(|&x| js_number(x) == a)).collect()
}

/// The expectation file's text: a call per line, `f(1, 2) = 3`; indented
/// under it the arguments as JS evaluated them (when the call does not spell
/// them), its foreign calls and its trap pin (`traps[i]`, examples only);
/// the heap's hash last.
fn format_expected(name: &str, e: &Run, traps: &[bool]) -> Result<String, String> {
    let mut out = format!(
        "# V8's results for {name} (Node 20), numbers in JS's shortest form.\n\
         # `BLESS=1 scripts/test NAME` rewrites this file from Node.\n"
    );
    for (i, c) in e.calls.iter().enumerate() {
        let result = match &c.outcome {
            Outcome::Value(v) => v.map_or("undefined".into(), js_number),
            other => return Err(format!("{name}: {}: V8 {other}", c.call)),
        };
        let _ = writeln!(out, "{} = {result}", c.call);
        let spelt = spelt_args(&c.call).is_some_and(|a| {
            a.len() == c.args.len()
                && a.iter().zip(&c.args).all(|(x, y)| x.to_bits() == y.to_bits())
        });
        if !spelt {
            let args: Vec<String> = c.args.iter().map(|&a| js_number(a)).collect();
            let _ = writeln!(out, "  args {}", args.join(" "));
        }
        if !c.trace.is_empty() {
            let _ = writeln!(out, "  foreign {}", c.trace.join(" "));
        }
        if traps.get(i) == Some(&true) {
            out += "  traps with --heap-checks=trap\n";
        }
    }
    let _ = writeln!(out, "heap {:08x}", e.heap_hash);
    Ok(out)
}

/// An expectation file: the stored run, and each call's trap pin.
fn parse_expected(name: &str, text: &str) -> Result<(Run, Vec<bool>), String> {
    let mut calls: Vec<CallRun> = Vec::new();
    let mut traps: Vec<bool> = Vec::new();
    let mut heap = None;
    for (i, line) in text.lines().enumerate() {
        let at = |m: String| format!("{name}:{}: {m}", i + 1);
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some(h) = line.strip_prefix("heap ") {
            heap = Some(u32::from_str_radix(h, 16).map_err(|e| at(format!("bad hash: {e}")))?);
        } else if let Some(detail) = line.strip_prefix("  ") {
            let c = calls.last_mut().ok_or_else(|| at("no call before this line".into()))?;
            if let Some(args) = detail.strip_prefix("args ") {
                c.args = args.split(' ').map(number).collect::<Result<_, _>>().map_err(at)?;
            } else if let Some(trace) = detail.strip_prefix("foreign ") {
                c.trace = trace.split(' ').map(str::to_string).collect();
            } else if detail == "traps with --heap-checks=trap" {
                *traps.last_mut().unwrap() = true;
            } else {
                return Err(at(format!("cannot read `{line}`")));
            }
        } else if let Some((call, result)) = line.rsplit_once(" = ") {
            let result =
                if result == "undefined" { None } else { Some(number(result).map_err(at)?) };
            let args = spelt_args(call).unwrap_or_default();
            calls.push(CallRun {
                call: call.into(),
                args,
                outcome: Outcome::Value(result),
                trace: vec![],
            });
            traps.push(false);
        } else {
            return Err(at(format!("cannot read `{line}`")));
        }
    }
    let heap_hash = heap.ok_or_else(|| format!("{name}: no `heap` line"))?;
    Ok((Run { side: "stored".into(), validation: None, calls, heap_hash, heap: None }, traps))
}

/// A file, checked and its module compiled both ways, ready to run.
struct Loaded {
    name: String,
    case: Case,
    report: FileReport,
    heap_size: u32,
    /// The exact translation's bytes and compiled module.
    exact: (Vec<u8>, Wasm),
    /// The same with an imported memory, as `asm2wasm run` and `diff`
    /// translate, and with the checks outside loops out of line
    /// (`--optimize-size`).
    imported: (Vec<u8>, Wasm),
    /// The trapping translation, for the examples.
    trap: Option<(Vec<u8>, Wasm)>,
}

impl Loaded {
    fn new(path: &Path, example: bool) -> Result<Loaded, String> {
        let name = path.strip_prefix(common::root()).unwrap_or(path).display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
        common::check_directives(&name, &text, common::RUN_DIRECTIVES)?;
        let case = Case::parse(&text).map_err(|e| format!("{name}: {e}"))?;
        let heap_size = case.heap_size.unwrap_or(DEFAULT_HEAP);
        let (n, t) = (name.clone(), text);
        let report = asm2wasm::with_big_stack(move || asm2wasm::check_source(&n, t));
        if !report.is_valid() {
            let src = report.source();
            let diags: String = report.diagnostics.iter().map(|d| src.render(d)).collect();
            return Err(format!("{name} does not validate:\n{diags}"));
        }
        let translate = |heap_checks, import_memory| -> Result<(Vec<u8>, Wasm), String> {
            let checks_out_of_line = import_memory;
            let opts = Options {
                heap_size,
                heap_checks,
                import_memory,
                checks_out_of_line,
                ..Options::default()
            };
            let bytes = report.translate(0, &opts).map_err(|e| format!("{name}: {e}"))?;
            let wasm = Wasm::compile(&bytes, heap_size).map_err(|e| format!("{name}: {e}"))?;
            Ok((bytes, wasm))
        };
        let exact = translate(HeapChecks::Exact, false)?;
        let imported = translate(HeapChecks::Exact, true)?;
        let trap = if example { Some(translate(HeapChecks::Trap, false)?) } else { None };
        Ok(Loaded { name, case, report, heap_size, exact, imported, trap })
    }

    /// What `engine` gives for the file's `// run:` calls.
    fn reference(&self, engine: Engine) -> Result<Run, String> {
        let mut values = self.exact.1.foreign_values();
        values.extend(self.case.foreign_values.iter().cloned());
        let source = module_source(&self.report, 0);
        let job = Job {
            file: &self.name,
            source: &source,
            heap_size: self.heap_size,
            values: &values,
            calls: &self.case.calls,
            want_heap: false,
        };
        run_engine(engine, &job).map_err(|e| format!("{}: {e}", self.name))
    }

    /// What V8 gives. V8 must run it as asm.js: a plain-JS fallback would
    /// be no reference for asm.js.
    fn node(&self) -> Result<Run, String> {
        let run = self.reference(Engine::Node)?;
        match &run.validation {
            Some(Validation::PlainJs { reason }) => Err(format!(
                "{}: V8 did not run it as asm.js, so it is no reference: {reason}",
                self.name
            )),
            _ => Ok(run),
        }
    }
}

/// Where `candidate` differs from `reference`, as `asm2wasm diff` shows it.
fn differences(reference: &Run, candidate: &Run) -> Option<String> {
    let c = compare(reference, candidate);
    (!c.agrees()).then(|| format!("{}\n{}", c.summary(), c.details()))
}

/// The calls of `run` whose index `keep` allows.
fn only(run: &Run, keep: impl Fn(usize) -> bool) -> Run {
    let mut run = run.clone();
    run.calls =
        run.calls.into_iter().enumerate().filter(|(i, _)| keep(*i)).map(|(_, c)| c).collect();
    run
}

fn snapshot_wat(path: &Path, wasm: &[u8]) {
    let stem = path.file_stem().unwrap().to_string_lossy().to_string();
    common::snapshot_settings(path.parent().unwrap())
        .bind(|| insta::assert_snapshot!(stem, asm2wasm::to_wat(wasm)));
}

fn failed(failures: &[String]) -> Result<(), Failed> {
    if failures.is_empty() {
        return Ok(());
    }
    Err(failures.join("\n").into())
}

/// A run case (`example` false: exact code, WAT snapshot) or a program of
/// `examples/` (exact code, then trapping code against the trap pins).
fn run_file(path: &Path, example: bool) -> Result<(), Failed> {
    let file = Loaded::new(path, example)?;
    let name = &file.name;
    common::wabt_validate(name, &file.exact.0);
    let node = if common::node_skipped() { None } else { Some(file.node()?) };
    let stored_path = path.with_extension("expected");
    let (expected, traps) = if common::blessing() {
        let e = node.ok_or("BLESS=1 needs Node: V8 writes the expectations")?;
        let traps: Vec<bool> = match &file.trap {
            Some((_, trap)) => trap
                .run(e.inputs())?
                .calls
                .iter()
                .map(|c| matches!(&c.outcome, Outcome::Trapped(m) if m.contains(OUT_OF_BOUNDS)))
                .collect(),
            None => Vec::new(),
        };
        std::fs::write(&stored_path, format_expected(name, &e, &traps)?)
            .map_err(|e| e.to_string())?;
        (e, traps)
    } else {
        let stored = std::fs::read_to_string(&stored_path).map_err(|_| {
            format!(
                "{name}: no {}: `BLESS=1 scripts/test NAME` writes it from Node",
                stored_path.display()
            )
        })?;
        let (stored, traps) = parse_expected(name, &stored)?;
        if let Some(node) = &node
            && let Some(d) = differences(&stored, node)
        {
            return Err(format!(
                "{name}: V8 no longer gives the stored results (review, then `BLESS=1 scripts/test NAME`):\n{d}"
            )
            .into());
        }
        (stored, traps)
    };
    // The second reference: SpiderMonkey gives the same results, but for
    // the calls of a function named by `// spidermonkey-differs: f: why`.
    common::spidermonkey(); // installed on first use
    let sm = file.reference(Engine::SpiderMonkey)?;
    let differs: Vec<&str> =
        file.case.spidermonkey_differs.iter().map(|(f, _)| f.as_str()).collect();
    if let Some(d) =
        differences(&expected.without_calls_of(&differs), &sm.without_calls_of(&differs))
    {
        return Err(format!("{name}: SpiderMonkey disagrees with V8:\n{d}").into());
    }
    if !example {
        snapshot_wat(path, &file.exact.0);
    }
    let mut failures = Vec::new();
    let exact = file.exact.1.run(expected.inputs())?;
    if let Some(d) = differences(&expected, &exact) {
        failures.push(format!("{name}: {d}"));
    }
    common::wabt_validate(&format!("{name}-imported"), &file.imported.0);
    let imported = file.imported.1.run(expected.inputs())?;
    if let Some(d) = differences(&expected, &imported) {
        failures.push(format!("--import-memory: {name}: {d}"));
    }
    if let Some((bytes, trap)) = &file.trap {
        common::wabt_validate(&format!("{name}-trap"), bytes);
        let ran = trap.run(expected.inputs())?;
        let trapped: Vec<bool> = ran
            .calls
            .iter()
            .map(|c| matches!(&c.outcome, Outcome::Trapped(m) if m.contains(OUT_OF_BOUNDS)))
            .collect();
        // A call pinned to trap is judged by its pin alone.
        let pinned = |i: usize| traps.get(i) != Some(&true);
        if let Some(d) = differences(&only(&expected, pinned), &only(&ran, pinned)) {
            failures.push(format!("--heap-checks=trap: {name}: {d}"));
        }
        for ((c, &t), &pin) in expected.calls.iter().zip(&trapped).zip(&traps) {
            if t != pin {
                let (did, pinned) =
                    if t { ("traps", "stay in bounds") } else { ("does not trap", "trap") };
                failures.push(format!(
                    "--heap-checks=trap: {name}: {}: {did}, but is pinned to {pinned}",
                    c.call
                ));
            }
        }
    }
    failed(&failures)
}

/// A generated program (no stored expectations): compared with Node live.
fn compare_live(path: &Path, min_calls: usize) -> Result<(), Failed> {
    let file = Loaded::new(path, false)?;
    let expected = file.node()?;
    if expected.calls.len() < min_calls {
        return Err(format!(
            "{}: {} calls, expected at least {min_calls}",
            file.name,
            expected.calls.len()
        )
        .into());
    }
    common::wabt_validate(&file.name, &file.exact.0);
    eprintln!("{}: {} calls compared with V8", path.display(), expected.calls.len());
    let ran = file.exact.1.run(expected.inputs())?;
    let imported = file.imported.1.run(expected.inputs())?;
    let failures = [differences(&expected, &ran), differences(&expected, &imported)];
    failed(&failures.into_iter().flatten().collect::<Vec<_>>())
}

/// Snapshots and expectation files whose file is gone.
fn orphans() -> Result<(), Failed> {
    let mut orphans = common::orphan_snapshots("testsuite/run");
    for dir in ["testsuite/run", "examples"] {
        for e in std::fs::read_dir(common::root().join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "expected") && !p.with_extension("js").exists() {
                orphans.push(p.display().to_string());
            }
        }
    }
    if orphans.is_empty() {
        Ok(())
    } else {
        Err(format!("files without their case (delete them): {orphans:?}").into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    for (dir, example) in [("testsuite/run", false), ("examples", true)] {
        for path in common::js_files(dir) {
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            let prefix = if example { "examples" } else { "run" };
            trials.push(Trial::test(format!("{prefix}/{stem}"), move || run_file(&path, example)));
        }
    }
    let no_node = common::node_skipped();
    trials.push(
        Trial::test("run::sampled_conversions", || compare_live(&sampled_program(), 7500))
            .with_ignored_flag(no_node),
    );
    trials.push(
        Trial::test("run::generated_loops", || compare_live(&generated_program(), 600))
            .with_ignored_flag(no_node),
    );
    trials.push(Trial::test("run::every_file_has_its_case", orphans));
    libtest_mimic::run(&args, trials).exit();
}

/// A deterministic sample of doubles: edges, then random bit patterns (all
/// exponents, so subnormals, huge values, NaNs and infinities come up).
fn sample_doubles(n: usize, seed: u64) -> Vec<f64> {
    let mut v = vec![
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.5,
        -0.5,
        1.5,
        -1.5,
        2147483647.0,
        2147483648.0,
        -2147483648.0,
        -2147483649.0,
        4294967295.0,
        4294967296.0,
        4294967301.0,
        4.5e15,
        9007199254740993.0,
        1e300,
        -1e300,
        5e-324,
        -5e-324,
        2.2250738585072014e-308,
        f64::MAX,
        f64::MIN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        3.0,
        7.0,
        0.1,
    ];
    let mut x = seed;
    while v.len() < n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let d = f64::from_bits(x);
        // Mix raw patterns with ordinary magnitudes, where most programs live.
        v.push(if x.is_multiple_of(3) {
            d
        } else {
            ((x >> 11) as f64 / (1u64 << 40) as f64 - 4096.0)
                * if x.is_multiple_of(5) { 1e-3 } else { 1.0 }
        });
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

/// `ToInt32`, double `%`, double -> float and unsigned conversions on
/// 1,500 sampled inputs each (7,500 calls), compared with V8 live.
fn sampled_program() -> PathBuf {
    let dir = std::env::temp_dir().join("asm2wasm-sampled");
    std::fs::create_dir_all(&dir).unwrap();
    let xs = sample_doubles(1500, 0x1234_5678_9abc_def1);
    let ys = sample_doubles(1500, 0x0fed_cba9_8765_4321);
    let mut runs = String::new();
    for (x, y) in xs.iter().zip(&ys) {
        let (x, y) = (literal(*x), literal(*y));
        runs += &format!(
            "// run: toint({x})\n// run: fmod({x}, {y})\n// run: tofloat({x})\n// run: touint({x})\n// run: fdiv({x}, {y})\n"
        );
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
    path
}

/// [`generated_program`].
struct Gen {
    state: u64,
    /// The steps of the function being generated: multiples of one size
    /// mostly, so that its loops can be versioned on alignment.
    steps: &'static [&'static str],
    /// Its views, with their element size's log2.
    views: &'static [(&'static str, u32)],
}

impl Gen {
    fn next(&mut self) -> u64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        self.state
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }

    /// A heap access off pointer local `ptr`: `(view, element size log2)`,
    /// the index written as asm.js wants it, plus an offset of any alignment.
    fn index(&mut self, ptr: &str) -> (String, &'static str, u32) {
        let (view, k) = self.views[self.below(self.views.len())];
        // Mostly whole elements; now and then an offset that is not.
        let c: i32 = [0, 0, 1, 2, -1, 4, 0, 1][self.below(8)] << k;
        let c = if self.below(8) == 0 { c + [1, 2, 3][self.below(3)] } else { c };
        let sum = match c {
            0 => ptr.to_string(),
            c if c < 0 => format!("({ptr} - {})", -c),
            c => format!("({ptr} + {c})"),
        };
        let index = if k == 0 { format!("{sum} | 0") } else { format!("{sum} >> {k}") };
        (index, view, k)
    }

    fn load(&mut self, ptr: &str) -> String {
        let (index, view, _) = self.index(ptr);
        match view {
            "F32" | "F64" => format!("(~~+{view}[{index}])"),
            _ => format!("({view}[{index}] | 0)"),
        }
    }

    fn store(&mut self, ptr: &str, value: &str) -> String {
        let (index, view, _) = self.index(ptr);
        match view {
            "F32" => format!("{view}[{index}] = fround({value} | 0);"),
            "F64" => format!("{view}[{index}] = +({value} | 0);"),
            _ => format!("{view}[{index}] = {value};"),
        }
    }

    /// A statement of a loop body; `counted` when `i` is the loop's counter
    /// (then `i` only grows, or the loop would not end).
    fn statement(&mut self, depth: u32, counted: bool) -> String {
        let ptr = self.pick(&["i", "j"]);
        match self.below(if depth > 0 { 9 } else { 10 }) {
            0 | 1 => format!("s = (s + {}) | 0;", self.load(ptr)),
            2 => self.store(ptr, "s"),
            3 => {
                let step = self.pick(self.steps);
                let step = if counted && ptr == "i" { step.trim_start_matches('-') } else { step };
                format!("{ptr} = ({ptr} + {step}) | 0;")
            }
            4 => "j = (i - 4) | 0;".to_string(),
            5 => "if ((t | 0) > (s | 0)) t = s;".to_string(),
            6 => format!("if (s & 1) {{ {ptr} = ({ptr} + 4) | 0; s = (s + 1) | 0; }}"),
            7 => "t = ((s | 0) < 0 ? (t + 1) | 0 : t) | 0;".to_string(),
            8 => format!("if (({} | 0) == 0) s = (s ^ 5) | 0;", self.load(ptr)),
            _ => {
                let inner: Vec<String> =
                    (0..2).map(|_| self.statement(depth + 1, counted)).collect();
                format!(
                    "for (m = 0; (m | 0) < 3; m = (m + 1) | 0) {{ j = (j + 4) | 0; {} }}",
                    inner.join(" ")
                )
            }
        }
    }

    /// One function `fN(p, q, n)`: two pointers off its arguments, a loop
    /// of one of four forms stepping them, and a result of all it read.
    fn function(&mut self, n: usize) -> String {
        const ALL: &[(&str, u32)] =
            &[("HU8", 0), ("H8", 0), ("H16", 1), ("H32", 2), ("F32", 2), ("F64", 3)];
        (self.steps, self.views) = [
            (&["4", "-4", "8"][..], &[("H32", 2), ("F32", 2), ("H16", 1), ("HU8", 0)][..]),
            (&["8", "-8", "16"], &[("F64", 3), ("H32", 2), ("F32", 2)]),
            (&["2", "-2", "4"], &[("H16", 1), ("H8", 0)]),
            (&["4", "-4", "8", "2", "1", "12", "-8"], ALL),
        ][self.below(4)];
        let form = self.below(4);
        let body: Vec<String> =
            (0..2 + self.below(4)).map(|_| self.statement(0, form == 3)).collect();
        let body = body.join("\n      ");
        let start = |g: &mut Gen, a: &str| {
            format!("({a} + {}) | 0", g.pick(&["0", "4", "1", "8", "-4", "2"]))
        };
        let (i0, j0) = (start(self, "p"), start(self, "q"));
        let lp = match form {
            0 => format!(
                "while ((k | 0) < (n | 0)) {{\n      {body}\n      k = (k + 1) | 0;\n    }}"
            ),
            1 => format!(
                "do {{\n      {body}\n      k = (k + 1) | 0;\n    }} while ((k | 0) < (n | 0));"
            ),
            2 => {
                format!("for (k = 0; (k | 0) < (n | 0); k = (k + 1) | 0) {{\n      {body}\n    }}")
            }
            _ => format!(
                "e = (i + (n << 2)) | 0;\n    while ((i | 0) < (e | 0)) {{\n      {body}\n      i = (i + 4) | 0;\n    }}"
            ),
        };
        format!(
            "  function f{n}(p, q, n) {{\n    p = p | 0;\n    q = q | 0;\n    n = n | 0;\n    \
             var i = 0, j = 0, k = 0, m = 0, e = 0, s = 0, t = 0;\n    i = {i0};\n    j = {j0};\n    {lp}\n    \
             return (s ^ imul(t, 31) ^ i ^ (j << 7)) | 0;\n  }}\n"
        )
    }
}

/// Random loops over pointers (steps, copies, nested loops, small `if`s and
/// `?:`, every view, offsets of any alignment), from aligned, misaligned,
/// negative and near-the-end starts, compared with V8: the rewrites that
/// version loops on alignment and bounds, and turn small ifs into selects,
/// on shapes no one wrote by hand.
fn generated_program() -> PathBuf {
    let dir = std::env::temp_dir().join("asm2wasm-generated");
    std::fs::create_dir_all(&dir).unwrap();
    let mut g = Gen { state: 0x9e37_79b9_7f4a_7c15, steps: &[], views: &[] };
    let (mut funcs, mut runs, mut exports) = (String::new(), String::new(), Vec::new());
    for n in 0..100 {
        funcs += &g.function(n);
        exports.push(format!("f{n}: f{n}"));
        for _ in 0..6 {
            let p = g.pick(&[
                "0", "4", "1", "2", "3", "64", "65532", "65520", "-4", "-1", "100", "4096",
            ]);
            let q = g.pick(&["0", "8", "6", "7", "128", "65528", "-12", "2048"]);
            let len = g.pick(&["0", "1", "5", "17", "40"]);
            runs += &format!("// run: f{n}({p}, {q}, {len})\n");
        }
    }
    let src = format!(
        "// generated loops over pointers\n{runs}function M(stdlib, foreign, heap) {{\n  \"use asm\";\n  \
         var H8 = new stdlib.Int8Array(heap);\n  var HU8 = new stdlib.Uint8Array(heap);\n  \
         var H16 = new stdlib.Int16Array(heap);\n  var H32 = new stdlib.Int32Array(heap);\n  \
         var F32 = new stdlib.Float32Array(heap);\n  var F64 = new stdlib.Float64Array(heap);\n  \
         var fround = stdlib.Math.fround;\n  var imul = stdlib.Math.imul;\n{funcs}  return {{ {} }};\n}}\n",
        exports.join(", ")
    );
    let path = dir.join("generated.js");
    std::fs::write(&path, src).unwrap();
    path
}
