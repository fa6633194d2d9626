//! The JS loader (`asm2wasm program.js --emit js`, `docs/loader.md`): the
//! program with its asm.js modules running as wasm must do what the program
//! does.
//!
//! - `loader/run/<case>`, `loader/examples/<program>`: every run case (and
//!   example) through the loader in Node gives its stored `.expected`
//!   results (the calls' results, the foreign calls, the heap's hash). The
//!   harness is `asm2wasm::diff`'s Node side, unchanged: the case's program
//!   is the module plus one line that makes the harness's
//!   `new ArrayBuffer(n)` the loader's allocator, as a program whose heap
//!   the loader cannot find would do (`docs/loader.md`).
//! - `loader/corpus/<package>`: a driver of `testsuite/loader/` (a few lines:
//!   a hash, a Lua snippet, an SQL query, an FFT, a physics step) prints the
//!   same with the npm package's file and with `--emit js`'s output of it.
//! - `loader/errors/*`: a heap the loader did not allocate, and one whose
//!   length is not an asm.js heap's, fail at load time with what to change;
//!   `loader/sub-page-heap`: a heap below one wasm page is shared exactly.
//! - `loader/chromium`: headless Chromium loads `testsuite/loader/page/`
//!   over HTTP, the program once as asm.js and once through the loader
//!   (awaiting `asm2wasmReady`), and prints the same results for both.
//!
//! Node and Chromium are required: a missing one fails with what to install.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use asm2wasm::codegen::Options;
use asm2wasm::diff::{Case, DEFAULT_HEAP, Engine, Job, Outcome, run_engine};
use asm2wasm::loader;
use asm2wasm_run::js_number;
use libtest_mimic::{Arguments, Failed, Trial};

/// Makes the harness's `new ArrayBuffer(n)` (evaluated in the program's
/// context, after the program ran) the loader's allocator.
const HEAP_HOOK: &str =
    "globalThis.ArrayBuffer = function ArrayBuffer(n) { return asm2wasmLoader.heap(n); };\n";

/// A scratch directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!(
            "asm2wasm-loader-{}-{}",
            std::process::id(),
            name.replace(['/', '.'], "-")
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The program with the loader, the wasm inline: its text.
fn with_loader(name: &str, program: &str) -> Result<String, String> {
    let report = asm2wasm::with_big_stack({
        let (name, program) = (name.to_string(), program.to_string());
        move || asm2wasm::check_source(&name, program)
    });
    if !report.is_valid() {
        let src = report.source();
        let errors: Vec<String> = report.diagnostics.iter().map(|d| src.render(d)).collect();
        return Err(format!("{name} is not valid:\n{}", errors.join("\n")));
    }
    let modules = loader::translate(&report, &Options::default()).map_err(|e| e.to_string())?;
    Ok(loader::emit(program, &modules, &loader::Placement::Inline)?.js)
}

/// One run case through the loader, against its `.expected`.
fn run_case(path: &Path) -> Result<(), Failed> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
    let case = Case::parse(&text).map_err(|e| format!("{name}: {e}"))?;
    let report = asm2wasm::with_big_stack({
        let (name, text) = (name.clone(), text.clone());
        move || asm2wasm::check_source(&name, text)
    });
    let span = report.modules.first().ok_or(format!("{name}: no module"))?.span;
    let module = &text[span.lo as usize..span.hi as usize];
    // The harness makes its foreign functions from the names after a `.`
    // in the source: the module's, kept in a comment since its body is replaced.
    let names: String = module.lines().flat_map(|l| ["// ", l, "\n"]).collect();
    let program = format!("{HEAP_HOOK}{names}({module}\n)\n");
    let js = with_loader(&name, &program)?;
    let job = Job {
        file: &name,
        source: &js,
        heap_size: case.heap_size.unwrap_or(DEFAULT_HEAP),
        values: &case.foreign_values,
        calls: &case.calls,
        want_heap: false,
    };
    let run = run_engine(Engine::Node, &job).map_err(|e| format!("{name}: {e}"))?;
    let expected_path = path.with_extension("expected");
    let stored = std::fs::read_to_string(&expected_path)
        .map_err(|e| format!("{}: {e}", expected_path.display()))?;
    // The stored file: `call = result`, then `  foreign ...`, last `heap HASH`.
    let mut want: Vec<(String, String, String)> = Vec::new();
    let mut heap = String::new();
    for line in stored.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        if let Some(h) = line.strip_prefix("heap ") {
            heap = h.to_string();
        } else if let Some(t) = line.strip_prefix("  foreign ") {
            want.last_mut().ok_or("a foreign line before any call")?.2 = t.to_string();
        } else if line.starts_with("  ") {
            // `args ...` (what the harness evaluated) and trap pins.
        } else if let Some((call, result)) = line.rsplit_once(" = ") {
            want.push((call.to_string(), result.to_string(), String::new()));
        }
    }
    let mut diffs = Vec::new();
    if want.len() != run.calls.len() {
        diffs.push(format!("{} calls stored, {} made", want.len(), run.calls.len()));
    }
    for ((call, result, trace), got) in want.iter().zip(&run.calls) {
        let got_result = match &got.outcome {
            Outcome::Value(v) => v.map_or("undefined".into(), js_number),
            other => format!("{other}"),
        };
        if &got_result != result {
            diffs.push(format!("{call}: stored {result}, through the loader {got_result}"));
        }
        if &got.trace.join(" ") != trace {
            diffs.push(format!(
                "{call}: stored foreign calls `{trace}`, through the loader `{}`",
                got.trace.join(" ")
            ));
        }
    }
    if format!("{:08x}", run.heap_hash) != heap {
        diffs.push(format!("heap: stored {heap}, through the loader {:08x}", run.heap_hash));
    }
    if diffs.is_empty() {
        Ok(())
    } else {
        Err(format!("{name} through the loader:\n  {}", diffs.join("\n  ")).into())
    }
}

/// `asm2wasm INPUT --emit js -o DIR/out.js [ARGS]`.
fn emit_js(input: &Path, dir: &Path, args: &[&str]) -> Result<PathBuf, String> {
    let out = dir.join("out.js");
    let o = Command::new(env!("CARGO_BIN_EXE_asm2wasm"))
        .arg(input)
        .args(["--emit", "js", "-o"])
        .arg(&out)
        .args(args)
        .output()
        .map_err(|e| format!("run asm2wasm: {e}"))?;
    if !o.status.success() {
        return Err(format!(
            "asm2wasm {} --emit js failed: {}",
            input.display(),
            String::from_utf8_lossy(&o.stderr)
        ));
    }
    Ok(out)
}

/// `node ARGS...`: status, stdout, stderr.
fn node(args: &[&Path]) -> Result<(bool, String, String), String> {
    let o = common::node().args(args).output().map_err(|e| format!("run node: {e}"))?;
    Ok((
        o.status.success(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    ))
}

/// The corpus cache (`scripts/corpus` fetches and verifies it).
fn corpus() -> Result<PathBuf, String> {
    let script = common::root().join("scripts/corpus");
    let out = Command::new("bash").arg(&script).output().map_err(|e| format!("{e}"))?;
    if !out.status.success() {
        return Err(format!(
            "scripts/corpus could not fetch the corpus:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    Ok(PathBuf::from(stdout.lines().last().ok_or("scripts/corpus printed no path")?))
}

/// A corpus driver: the same output from the package's file and from the loader's.
fn corpus_driver(package: &str, version: &str, file: &str) -> Result<(), Failed> {
    let program = corpus()?.join(format!("{package}-{version}")).join(file);
    let driver = common::root().join(format!("testsuite/loader/{package}.js"));
    let scratch = Scratch::new(package);
    let out = emit_js(&program, &scratch.0, &[])?;
    let js = std::fs::read_to_string(&out).unwrap();
    if js.contains("\"use asm\"") || js.contains("'use asm'") {
        return Err(format!("{}: a module was left as asm.js", out.display()).into());
    }
    let (ok_a, asm, err_a) = node(&[&driver, &program])?;
    if !ok_a || asm.is_empty() {
        return Err(format!("the driver failed on the asm.js program:\n{err_a}").into());
    }
    let (ok_w, wasm, err_w) = node(&[&driver, &out])?;
    if !ok_w {
        return Err(format!("the driver failed through the loader:\n{err_w}").into());
    }
    if asm != wasm {
        return Err(format!("asm.js printed:\n{asm}\nthrough the loader:\n{wasm}").into());
    }
    Ok(())
}

/// A program of `testsuite/loader/` through the loader: `node out.js`.
fn through_loader(program: &str) -> Result<(Scratch, bool, String, String), String> {
    let path = common::root().join("testsuite/loader").join(program);
    let scratch = Scratch::new(program);
    let out = emit_js(&path, &scratch.0, &[])?;
    let (ok, stdout, stderr) = node(&[&out])?;
    Ok((scratch, ok, stdout, stderr))
}

/// A program whose heap the loader did not allocate fails when the module
/// is called, saying what to change.
fn error_foreign_heap() -> Result<(), Failed> {
    let (_s, ok, _, stderr) = through_loader("not-the-loaders-heap.js")?;
    let want = [
        "asm2wasm loader: the heap given to asm.js module `Counter` (an ArrayBuffer of 65536 bytes) was not allocated by the loader",
        "allocate it with `asm2wasmLoader.heap(65536)` instead of `new ArrayBuffer(65536)`",
    ];
    if ok || !want.iter().all(|w| stderr.contains(w)) {
        return Err(format!("wanted a failure saying\n{}\ngot:\n{stderr}", want.join("\n")).into());
    }
    Ok(())
}

/// A heap length asm.js does not allow fails at load time.
fn error_heap_length() -> Result<(), Failed> {
    let (_s, ok, _, stderr) = through_loader("bad-heap-length.js")?;
    let want = "asm2wasm loader: asm.js module `Counter` was given a heap of 100000 bytes, which is not an asm.js heap length";
    if ok || !stderr.contains(want) {
        return Err(format!("wanted a failure saying\n{want}\ngot:\n{stderr}").into());
    }
    Ok(())
}

/// A heap below one wasm page: the program's own buffer, shared exactly
/// (written by JS between calls and inside a foreign call, read by wasm).
fn sub_page_heap() -> Result<(), Failed> {
    let path = common::root().join("testsuite/loader/sub-page-heap.js");
    let (ok_a, asm, err_a) = node(&[&path])?;
    if !ok_a {
        return Err(format!("the asm.js program failed:\n{err_a}").into());
    }
    let (_s, ok, wasm, stderr) = through_loader("sub-page-heap.js")?;
    if !ok || asm != wasm {
        return Err(format!("asm.js printed:\n{asm}\nthrough the loader:\n{wasm}{stderr}").into());
    }
    Ok(())
}

/// Headless Chromium: the page prints the same from the asm.js and the loader.
fn chromium() -> Result<(), Failed> {
    let chromium = ["chromium", "chromium-browser"]
        .into_iter()
        .find(|c| Command::new(c).arg("--version").output().is_ok_and(|o| o.status.success()))
        .ok_or(
            "this test needs Chromium (Debian's `chromium`, headless): `scripts/test` installs it",
        )?;
    let page = common::root().join("testsuite/loader/page");
    let scratch = Scratch::new("chromium");
    // The program: examples/hash.js and a few lines that use it.
    let program = format!(
        "{}\n{}",
        std::fs::read_to_string(common::root().join("examples/hash.js")).unwrap(),
        std::fs::read_to_string(page.join("use-hash.js")).unwrap()
    );
    std::fs::write(scratch.0.join("program.js"), &program).unwrap();
    std::fs::copy(page.join("index.html"), scratch.0.join("index.html")).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_asm2wasm"))
        .arg(scratch.0.join("program.js"))
        .args(["--emit", "js", "-o"])
        .arg(scratch.0.join("program.loader.js"))
        .output()
        .map_err(|e| e.to_string())?;
    if !o.status.success() {
        return Err(String::from_utf8_lossy(&o.stderr).into_owned().into());
    }
    // A tiny static server (fetch does not read file:// pages).
    let mut server = common::node()
        .arg(page.join("serve.js"))
        .arg(&scratch.0)
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("run node: {e}"))?;
    let mut port = String::new();
    BufReader::new(server.stdout.as_mut().unwrap()).read_line(&mut port).unwrap();
    let url = format!("http://127.0.0.1:{}/index.html", port.trim());
    let profile = scratch.0.join("profile");
    let out = Command::new(chromium)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=30000"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--dump-dom", &url])
        .stderr(Stdio::null())
        .output();
    let _ = server.kill();
    let _ = server.wait();
    let out = out.map_err(|e| format!("run {chromium}: {e}"))?;
    let dom = String::from_utf8_lossy(&out.stdout);
    let text = dom
        .split_once("<pre id=\"out\">")
        .and_then(|(_, rest)| rest.split_once("</pre>"))
        .map(|(t, _)| t.to_string())
        .ok_or_else(|| format!("no <pre id=\"out\"> in the page {chromium} dumped:\n{dom}"))?;
    let lines: Vec<&str> = text.lines().collect();
    let (Some(asm), Some(wasm)) = (
        lines.iter().find_map(|l| l.strip_prefix("asm.js: ")),
        lines.iter().find_map(|l| l.strip_prefix("loader: ")),
    ) else {
        return Err(format!("the page printed:\n{text}").into());
    };
    if asm != wasm || asm.is_empty() || !text.contains("compiled asynchronously: yes") {
        return Err(format!("the page printed:\n{text}").into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    for (dir, paths) in
        [("run", common::js_files("testsuite/run")), ("examples", common::js_files("examples"))]
    {
        for path in paths {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            trials.push(Trial::test(format!("loader/{dir}/{stem}"), move || run_case(&path)));
        }
    }
    for (package, version, file) in common::loader_drivers() {
        trials.push(Trial::test(format!("loader/corpus/{package}"), move || {
            corpus_driver(&package, &version, &file)
        }));
    }
    trials.push(Trial::test("loader/errors/not-the-loaders-heap", error_foreign_heap));
    trials.push(Trial::test("loader/errors/bad-heap-length", error_heap_length));
    trials.push(Trial::test("loader/sub-page-heap", sub_page_heap));
    trials.push(Trial::test("loader/chromium", chromium));
    libtest_mimic::run(&args, trials).exit();
}
