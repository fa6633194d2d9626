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
    v.map_or("undefined".into(), |x| {
        format!("{} ({:#018x})", asm2wasm_run::js_number(x), x.to_bits())
    })
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
        panic!(
            "{name} does not validate:\n{}",
            report.diagnostics.iter().map(|d| src.render(d)).collect::<String>()
        );
    }
    report.translate(0, opts).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Run `paths` in Node and in wasmtime; the list of mismatches.
fn compare(
    paths: &[std::path::PathBuf],
    checks: HeapChecks,
    snapshot: bool,
) -> (usize, Vec<String>) {
    let out = common::node()
        .arg("--allow-natives-syntax")
        .arg(common::root().join("testsuite/v8/run.js"))
        .args(paths)
        .output()
        .unwrap();
    assert!(out.status.success(), "run.js failed: {}", String::from_utf8_lossy(&out.stderr));
    let reference: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(reference.len(), paths.len());
    let mut failures = Vec::new();
    let mut calls = 0;
    for (path, node) in paths.iter().zip(&reference) {
        let name = path.strip_prefix(common::root()).unwrap_or(path).display().to_string();
        if let Some(e) = node.get("error") {
            failures.push(format!("{name}: Node failed: {e}"));
            continue;
        }
        if node["asm"] != Value::Bool(true) {
            failures.push(format!("{name}: V8 did not run it as asm.js, so it is no reference"));
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        let heap_size =
            common::directives(&text, "heap").first().map_or(65536, |h| h.parse().unwrap());
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
            let args: Vec<f64> =
                run["args"].as_array().unwrap().iter().map(|a| bits(a).unwrap()).collect();
            let want = bits(&run["result"]);
            let got = match inst.call(func, &args) {
                Ok(r) => r,
                // What `--heap-checks=trap` is for; the calls after it
                // must still agree.
                Err(e)
                    if checks == HeapChecks::Trap
                        && format!("{e:?}").contains("out of bounds memory access") =>
                {
                    inst.trace();
                    continue;
                }
                Err(e) => {
                    failures.push(format!("{name}: {call}: wasm failed: {e}"));
                    continue;
                }
            };
            if !same(got, want) {
                failures.push(format!(
                    "{name}: {call}: V8 gives {}, wasm gives {}",
                    show(want),
                    show(got)
                ));
            }
            let trace: Vec<String> = run["trace"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t.as_str().unwrap().to_string())
                .collect();
            let got_trace = inst.trace();
            if got_trace != trace {
                failures.push(format!(
                    "{name}: {call}: foreign calls differ: V8 {trace:?}, wasm {got_trace:?}"
                ));
            }
        }
        if let Some(mem) = inst.memory() {
            let h = fnv1a(&mem[..heap_size as usize]);
            if Value::String(h.clone()) != node["heap"] {
                failures.push(format!(
                    "{name}: the heap differs after the runs: V8 {}, wasm {h}",
                    node["heap"]
                ));
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
/// thousands of inputs, compared with V8.
#[test]
fn conversions_and_fmod_match_v8_on_sampled_inputs() {
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
    let (calls, failures) = compare(&[path], HeapChecks::Exact, false);
    eprintln!("{calls} sampled calls compared with V8");
    assert!(calls >= 7500, "{calls} calls");
    assert!(
        failures.is_empty(),
        "{} mismatches of {calls}:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

/// A deterministic generator of loops over pointers, for
/// [`generated_loops_match_v8`].
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
#[test]
fn generated_loops_match_v8() {
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
    let (calls, failures) = compare(std::slice::from_ref(&path), HeapChecks::Exact, false);
    eprintln!("{calls} generated calls compared with V8");
    assert!(calls >= 600, "{calls} calls");
    assert!(
        failures.is_empty(),
        "{} mismatches of {calls} ({}):\n{}",
        failures.len(),
        path.display(),
        failures[..failures.len().min(30)].join("\n")
    );
}

/// The whole programs of `examples/`, translated and compared with V8.
#[test]
fn examples_match_v8() {
    let paths = common::js_files("examples");
    assert!(!paths.is_empty());
    let (calls, failures) = compare(&paths, HeapChecks::Exact, false);
    eprintln!("{} examples, {calls} calls compared with V8", paths.len());
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

/// The examples again with `--heap-checks=trap`: every call that stays in
/// bounds must give V8's results too (trapping code has loops guarded for
/// alignment alone, with no bounds guard to share the test).
#[test]
fn examples_match_v8_with_trapping_checks() {
    let paths = common::js_files("examples");
    let (calls, failures) = compare(&paths, HeapChecks::Trap, false);
    eprintln!("{} examples, {calls} calls compared with V8", paths.len());
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_snapshot_has_its_case() {
    let orphans = common::orphan_snapshots("testsuite/run");
    assert!(orphans.is_empty(), "snapshots without a case (delete them): {orphans:?}");
}
