//! `asm2wasm input.js --wasi` (`docs/wasi.md`, "WASI commands from
//! asm.js"): each program of `testsuite/wasi/` is translated to a WASI
//! command and run in three runtimes, the embedded wasmtime (`asm2wasm
//! run`), Node's `node:wasi` (`testsuite/wasi/node-wasi.cjs`) and the wasm3
//! interpreter (`scripts/wasi-engine.py`, installed by
//! `scripts/install-wasi-engine`), and the asm.js itself runs in V8 with the
//! same host interface (`testsuite/wasi/asmjs-host.cjs`): stdout, stderr and
//! exit status must be the same in all four. A missing engine fails the test.
//!
//! Directives: `// wasi: ARGS` runs the command with those arguments (all
//! four agree); `// wasi-usage: ARGS` expects the usage error (status 2,
//! the three WASI runtimes agree; V8 has no such check). `// heap: N` sets
//! the heap (default 65536).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The wasm3 runner, installed on first use; a clear failure without it.
fn wasm3() -> Command {
    static DIR: std::sync::OnceLock<()> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let out = Command::new(common::root().join("scripts/install-wasi-engine"))
            .output()
            .unwrap_or_else(|e| panic!("run scripts/install-wasi-engine: {e}"));
        assert!(
            out.status.success(),
            "these tests need wasm3 (PyPI pywasm3), the third WASI runtime, and \
             scripts/install-wasi-engine could not install it:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    });
    let mut c = Command::new("python3");
    c.arg(common::root().join("scripts/wasi-engine.py"));
    c
}

fn asm2wasm() -> Command {
    Command::new(env!("CARGO_BIN_EXE_asm2wasm"))
}

/// What a run gave.
#[derive(Debug, PartialEq)]
struct Ran {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(mut c: Command, args: &[&str]) -> Ran {
    let out: Output = c.args(args).stdin(Stdio::null()).output().unwrap();
    Ran {
        status: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The command in each runtime, named.
fn runtimes(wasm: &Path, args: &[&str]) -> Vec<(&'static str, Ran)> {
    let w = wasm.to_str().unwrap();
    let mut wasmtime = asm2wasm();
    wasmtime.args(["run", w, "--"]);
    let mut node = common::node();
    node.arg(common::root().join("testsuite/wasi/node-wasi.cjs")).arg(w);
    let mut wasm3 = wasm3();
    wasm3.arg(w);
    vec![
        ("wasmtime (asm2wasm run)", run(wasmtime, args)),
        ("node:wasi", run(node, args)),
        ("wasm3", run(wasm3, args)),
    ]
}

struct Program {
    path: PathBuf,
    module: String,
    entry: String,
    heap: u32,
}

/// Translate `p` to a WASI command in `dir`.
fn command(p: &Program, dir: &Path) -> PathBuf {
    let wasm = dir.join(format!("{}.wasm", p.module));
    let out = asm2wasm()
        .arg(&p.path)
        .args(["--wasi", "--entry", &p.entry, "--heap-size", &p.heap.to_string(), "-o"])
        .arg(&wasm)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}: {}", p.path.display(), String::from_utf8_lossy(&out.stderr));
    common::wabt_validate(&p.module, &std::fs::read(&wasm).unwrap());
    wasm
}

#[test]
fn programs_run_alike_in_three_runtimes_and_v8() {
    let dir = std::env::temp_dir().join(format!("asm2wasm-wasi-command-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut runs = 0;
    for path in common::js_files("testsuite/wasi") {
        let text = std::fs::read_to_string(&path).unwrap();
        let report = asm2wasm::check_source(&path.to_string_lossy(), text.clone());
        assert!(report.is_valid(), "{}", path.display());
        let module = report.modules[0].name.clone();
        let typed = report.modules[0].typed.as_ref().unwrap();
        let entry = typed.exports.first().map(|e| e.0.clone()).unwrap();
        let heap = common::directives(&text, "heap").first().map_or(65536, |h| h.parse().unwrap());
        let p = Program { path: path.clone(), module, entry, heap };
        let wasm = command(&p, &dir);
        for (usage, line) in common::directives(&text, "wasi")
            .into_iter()
            .map(|l| (false, l))
            .chain(common::directives(&text, "wasi-usage").into_iter().map(|l| (true, l)))
        {
            let args: Vec<&str> = line.split_whitespace().collect();
            let all = runtimes(&wasm, &args);
            let what = format!("{} {}", path.display(), line);
            let reference =
                if usage {
                    assert_eq!(all[0].1.status, Some(2), "{what}: {:?}", all[0].1);
                    assert!(all[0].1.stderr.starts_with("usage: "), "{what}: {:?}", all[0].1);
                    &all[0].1
                } else {
                    let mut host = common::node();
                    host.arg(common::root().join("testsuite/wasi/asmjs-host.cjs"))
                        .arg(&p.path)
                        .args([&p.module, &p.entry, &p.heap.to_string()]);
                    &run(host, &args)
                };
            for (name, r) in &all {
                assert_eq!(
                    r,
                    reference,
                    "{what}: {name} differs from {}",
                    if usage { "wasmtime" } else { "V8 running the asm.js" }
                );
            }
            runs += 1;
        }
    }
    assert!(runs >= 10, "only {runs} runs");
    std::fs::remove_dir_all(&dir).ok();
}

/// The examples as commands: `main(n)` with `--print-result`, its
/// `foreign.log` the same `console.log` as `print`, against V8 running the
/// asm.js with that interface.
#[test]
fn examples_run_as_commands_in_three_runtimes_and_v8() {
    let dir = std::env::temp_dir().join(format!("asm2wasm-wasi-examples-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut doubles = 0;
    for path in common::js_files("examples") {
        let text = std::fs::read_to_string(&path).unwrap();
        let report = asm2wasm::check_source(&path.to_string_lossy(), text);
        let module = report.modules[0].name.clone();
        let wasm = dir.join(format!("{module}.wasm"));
        let out = asm2wasm()
            .arg(&path)
            .args(["--wasi", "--entry", "main", "--print-result", "-o"])
            .arg(&wasm)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}: {}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        common::wabt_validate(&module, &std::fs::read(&wasm).unwrap());
        for n in ["0", "7"] {
            let all = runtimes(&wasm, &[n]);
            let mut host = common::node();
            host.arg(common::root().join("testsuite/wasi/asmjs-host.cjs")).arg(&path).args([
                &module,
                "main",
                "16777216",
                "--print-result",
                n,
            ]);
            let reference = run(host, &[]);
            assert_eq!(reference.status, Some(0), "{}: {reference:?}", path.display());
            doubles += reference.stdout.matches('.').count();
            for (name, r) in &all {
                assert_eq!(r, &reference, "{} main({n}): {name} differs from V8", path.display());
            }
        }
    }
    assert!(doubles > 0, "no example printed a double");
    std::fs::remove_dir_all(&dir).ok();
}

/// Emscripten programs (`testsuite/wasi/emscripten/`, written by hand in
/// the shape of Emscripten 1.37 and 1.38 "fastcomp" output): the command
/// prints and exits as the program under Node does. Node is the reference:
/// `node PROGRAM.js ARGS`. stdout and the exit status must be equal, and
/// stderr too unless the program aborts (Node then writes the uncaught
/// exception with its source line).
#[test]
fn emscripten_programs_run_as_under_node() {
    let dir = std::env::temp_dir().join(format!("asm2wasm-wasi-emscripten-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut runs = 0;
    for path in common::js_files("testsuite/wasi/emscripten") {
        let text = std::fs::read_to_string(&path).unwrap();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let wasm = dir.join(format!("{stem}.wasm"));
        let out = asm2wasm().arg(&path).args(["--wasi", "-o"]).arg(&wasm).output().unwrap();
        assert!(
            out.status.success(),
            "{}: {}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        common::wabt_validate(&stem, &std::fs::read(&wasm).unwrap());
        for line in common::directives(&text, "wasi") {
            let args: Vec<&str> = line.split_whitespace().collect();
            let mut node = common::node();
            node.arg(&path);
            let reference = run(node, &args);
            let what = format!("{} {line}", path.display());
            for (name, r) in runtimes(&wasm, &args) {
                assert_eq!(r.stdout, reference.stdout, "{what}: {name}'s stdout");
                assert_eq!(r.status, reference.status, "{what}: {name}'s status; {r:?}");
                if reference.status == Some(7) {
                    assert!(r.stderr.contains("abort("), "{what}: {name}'s stderr: {}", r.stderr);
                } else {
                    assert_eq!(r.stderr, reference.stderr, "{what}: {name}'s stderr");
                }
            }
            runs += 1;
        }
    }
    assert!(runs >= 8, "only {runs} runs");
    std::fs::remove_dir_all(&dir).ok();
}

/// A refusal of `--wasi`: exit code 1 and the message.
fn refused(src: &str, extra: &[&str]) -> String {
    let dir = std::env::temp_dir().join(format!("asm2wasm-wasi-refused-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("m{}.js", src.len()));
    std::fs::write(&path, src).unwrap();
    let out = asm2wasm()
        .arg(&path)
        .args(["--wasi", "-o"])
        .arg(dir.join("m.wasm"))
        .args(extra)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "{src}");
    assert!(!err.contains("internal error"), "{err}");
    err
}

#[test]
fn what_a_command_cannot_have_is_named() {
    let module =
        |body: &str| format!("function M(stdlib, foreign, heap) {{ \"use asm\"; {body} }}");
    let err = refused(
        &module("var k = foreign.k | 0; function main() { return k | 0; } return main;"),
        &[],
    );
    assert!(err.contains("the value `foreign.k`"), "{err}");
    let err = refused(
        &module("var put = foreign.put; function main() { put(1); return 0; } return main;"),
        &[],
    );
    assert!(err.contains("`foreign.put: (i32) -> void`"), "{err}");
    let err = refused(
        &module("var f = foreign.f; function main() { return +f(); } return main;"),
        &["--print-result"],
    );
    assert!(err.contains("`foreign.f: () -> f64`"), "{err}");
    let err = refused(&module("function main(x) { x = +x; return 0; } return main;"), &[]);
    assert!(err.contains("takes a double"), "{err}");
    let err = refused(
        &module("function a() { return 0; } function b() { return 0; } return { a: a, b: b };"),
        &[],
    );
    assert!(err.contains("--entry NAME") && err.contains("`a`, `b`"), "{err}");
    let err =
        refused(&module("function main() { return 0; } return main;"), &["--heap-checks=trap"]);
    assert!(err.contains("needs exact heap checks"), "{err}");
    let err = refused(&module("function main() { return 0; } return main;"), &["--import-memory"]);
    assert!(err.contains("cannot be used with"), "{err}");
}
