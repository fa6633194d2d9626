//! Shared by the integration tests: the testsuite's case files and Node;
//! `math`: V8's `Math` on the inputs of `tests/math.rs` and `tests/libm.rs`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub mod math;

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// The expectations in a case file's leading comments (see testsuite/README.md).
#[derive(Debug)]
pub struct Case {
    /// Path relative to `testsuite/`.
    pub name: String,
    pub path: PathBuf,
    pub text: String,
    pub accept: bool,
    pub spec: Vec<String>,
    /// `Some("accept")`/`Some("reject")`/`Some("n/a")` where V8 deviates.
    pub v8: Option<String>,
    /// Why V8 deviates.
    pub v8_reason: String,
    /// The same for SpiderMonkey (`// spidermonkey: reject: why`).
    pub spidermonkey: Option<String>,
    /// Why SpiderMonkey deviates.
    pub spidermonkey_reason: String,
    /// Our verdict under `--strict` where it differs from `accept`.
    pub strict: Option<bool>,
    /// The first line: what the case is about.
    pub title: String,
    /// Reject cases: the 1-based line marked `// error`, and the code if pinned.
    pub error_line: Option<u32>,
    pub error_code: Option<String>,
}

/// The directives a validator case may hold (see testsuite/README.md).
pub const VALIDATE_DIRECTIVES: &[&str] = &["expect", "strict", "spec", "v8", "spidermonkey"];
/// The directives a run case or an example may hold.
pub const RUN_DIRECTIVES: &[&str] = asm2wasm::diff::DIRECTIVES;

/// Every case of `testsuite/<dir>/`, sorted by name; panics on a malformed
/// case (its own test names the problem).
pub fn cases(dir: &str) -> Vec<Case> {
    js_files(&format!("testsuite/{dir}"))
        .into_iter()
        .map(|p| parse_case(dir, &p).unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

/// A line's directive word: a comment at the start of a line whose first
/// word, in lower case, ends in a colon (`// expect: accept`).
fn directive_word(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("//")?.trim_start();
    let (word, _) = rest.split_once(':')?;
    let shaped = word.starts_with(|c: char| c.is_ascii_lowercase())
        && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    shaped.then_some(word)
}

/// Every line shaped like a directive whose word is not in `known`: a
/// misspelt directive (`// expct: reject`) would otherwise test nothing.
pub fn check_directives(name: &str, text: &str, known: &[&str]) -> Result<(), String> {
    let unknown: Vec<String> = text
        .lines()
        .enumerate()
        .filter_map(|(i, l)| directive_word(l).map(|w| (i, w)))
        .filter(|(_, w)| !known.contains(w))
        .map(|(i, w)| {
            format!("{name}:{}: unknown directive `{w}:` (known: {})", i + 1, known.join(", "))
        })
        .collect();
    if unknown.is_empty() { Ok(()) } else { Err(unknown.join("\n")) }
}

/// The case at `path` of `testsuite/<dir>/`, or what is wrong with its
/// directives.
pub fn parse_case(dir: &str, path: &Path) -> Result<Case, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let name = format!("{dir}/{}", path.file_name().unwrap().to_string_lossy());
    check_directives(&name, &text, VALIDATE_DIRECTIVES)?;
    let mut accept = None;
    let mut strict = None;
    let mut spec = Vec::new();
    let (mut v8, mut v8_reason) = (None, String::new());
    let (mut spidermonkey, mut spidermonkey_reason) = (None, String::new());
    let verdict = |v: &str| match v.trim() {
        "accept" => Ok(true),
        "reject" => Ok(false),
        other => Err(format!("{name}: bad verdict: {other}")),
    };
    let engine = |v: &str| -> Result<(String, String), String> {
        let mut parts = v.trim().splitn(2, ':');
        let verdict = parts.next().unwrap().trim().to_string();
        if !["accept", "reject", "n/a"].contains(&verdict.as_str()) {
            return Err(format!(
                "{name}: an engine's verdict is accept, reject or n/a, not {verdict}"
            ));
        }
        Ok((verdict, parts.next().unwrap_or("").trim().to_string()))
    };
    let title = text.lines().next().unwrap_or("").trim_start_matches('/').trim().to_string();
    for line in text.lines().take_while(|l| l.starts_with("//")) {
        let l = line.trim_start_matches('/').trim();
        if let Some(v) = l.strip_prefix("expect:") {
            accept = Some(verdict(v)?);
        } else if let Some(v) = l.strip_prefix("strict:") {
            strict = Some(verdict(v)?);
        } else if let Some(v) = l.strip_prefix("spec:") {
            spec = v.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
        } else if let Some(v) = l.strip_prefix("v8:") {
            let (verdict, reason) = engine(v)?;
            (v8, v8_reason) = (Some(verdict), reason);
        } else if let Some(v) = l.strip_prefix("spidermonkey:") {
            let (verdict, reason) = engine(v)?;
            (spidermonkey, spidermonkey_reason) = (Some(verdict), reason);
        }
    }
    let mut error_line = None;
    let mut error_code = None;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with("//") {
            continue;
        }
        if let Some(pos) = line.find("// error") {
            if error_line.is_some() {
                return Err(format!("{name}: more than one `// error` line"));
            }
            error_line = Some(i as u32 + 1);
            let rest = line[pos + "// error".len()..].trim_start_matches(':').trim();
            if rest.starts_with('E') {
                error_code = Some(rest.split_whitespace().next().unwrap().to_string());
            }
        }
    }
    let accept = accept.ok_or_else(|| format!("{name}: no `// expect:` line"))?;
    if !accept && error_line.is_none() {
        return Err(format!("{name}: a reject case must mark its line with `// error`"));
    }
    if strict == Some(accept) {
        return Err(format!("{name}: `// strict:` is only for a verdict other than `// expect:`"));
    }
    let path = path.to_path_buf();
    Ok(Case {
        name,
        path,
        text,
        accept,
        spec,
        v8,
        v8_reason,
        spidermonkey,
        spidermonkey_reason,
        strict,
        title,
        error_line,
        error_code,
    })
}

/// `ASM2WASM_NO_NODE=1`: compare with the stored expectations only, on a
/// machine without Node (`scripts/test` installs Node and never sets it).
pub fn node_skipped() -> bool {
    std::env::var_os("ASM2WASM_NO_NODE").is_some_and(|v| v != "0")
}

/// `BLESS=1`: rewrite expectation files and generated docs.
pub fn blessing() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| v != "0")
}

/// Node, found as `asm2wasm diff` finds it (`$ASM2WASM_NODE`, else `node`
/// on PATH), or a clear failure: the tests need the reference engine.
pub fn node() -> Command {
    match asm2wasm::diff::engine_command(asm2wasm::diff::Engine::Node) {
        Ok(node) => node,
        Err(e) => panic!(
            "these tests need Node.js 20 (the V8 reference): {e}; \
             or set ASM2WASM_NO_NODE=1 to compare with the stored expectations only"
        ),
    }
}

/// V8's verdict on each file, from one Node process running testsuite/v8/verdict.js.
pub fn v8_verdicts(paths: &[&Path]) -> Vec<(String, String)> {
    let script = root().join("testsuite/v8/verdict.js");
    let out =
        node().arg("--allow-natives-syntax").arg(&script).args(paths).output().expect("run node");
    assert!(out.status.success(), "verdict.js failed: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        paths.len(),
        "verdict.js printed {} lines for {} files",
        lines.len(),
        paths.len()
    );
    lines
        .iter()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (v["v8"].as_str().unwrap().to_string(), v["message"].as_str().unwrap_or("").to_string())
        })
        .collect()
}

/// The SpiderMonkey 58 shell's launcher, found as `asm2wasm diff` finds it
/// (`$ASM2WASM_SPIDERMONKEY`, else the tools cache), and installed there
/// by `scripts/install-spidermonkey` on first use; a clear failure without it.
pub fn spidermonkey() -> PathBuf {
    static PATH: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    PATH.get_or_init(|| {
        let engine = asm2wasm::diff::Engine::SpiderMonkey;
        if let Ok(path) = engine.locate() {
            return path;
        }
        let out = Command::new(root().join("scripts/install-spidermonkey"))
            .output()
            .unwrap_or_else(|e| panic!("run scripts/install-spidermonkey: {e}"));
        assert!(
            out.status.success(),
            "these tests need the SpiderMonkey 58 shell (the second reference engine), and \
             scripts/install-spidermonkey could not install it (PyPI spidermonkey==58.0a1.post2):\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        PathBuf::from(String::from_utf8(out.stdout).unwrap().trim())
    })
    .clone()
}

/// SpiderMonkey's verdict on one file: `js -w -c` compiles without running
/// and prints "Successfully compiled asm.js code" for each module it
/// validates, "asm.js type error: ..." for one it refuses. The file is
/// accepted when some module validated and none was refused.
pub fn spidermonkey_verdict(path: &Path) -> (String, String) {
    let out = Command::new(spidermonkey())
        .args(["-w", "-c"])
        .arg(path)
        .output()
        .unwrap_or_else(|e| panic!("run the SpiderMonkey shell: {e}"));
    let text =
        String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    let compiled = text.contains("Successfully compiled asm.js code");
    let refusal = text
        .lines()
        .find(|l| l.contains("asm.js type error:") || l.contains("Error:"))
        .map(|l| l.split_once("error:").map_or(l, |(_, r)| r).trim().to_string());
    match refusal {
        None if compiled => ("accept".to_string(), String::new()),
        None => ("reject".to_string(), "no asm.js module validated".to_string()),
        Some(why) => ("reject".to_string(), why),
    }
}

/// [`spidermonkey_verdict`] of each file, on two threads.
pub fn spidermonkey_verdicts(paths: &[&Path]) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), String::new()); paths.len()];
    std::thread::scope(|s| {
        for (chunk, dst) in paths
            .chunks(paths.len().div_ceil(2).max(1))
            .zip(out.chunks_mut(paths.len().div_ceil(2).max(1)))
        {
            s.spawn(move || {
                for (p, d) in chunk.iter().zip(dst) {
                    *d = spidermonkey_verdict(p);
                }
            });
        }
    });
    out
}

/// Every `.js` file of `<dir>` (relative to the root), sorted.
pub fn js_files(dir: &str) -> Vec<PathBuf> {
    let base = root().join(dir);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&base)
        .unwrap_or_else(|e| panic!("read {}: {e}", base.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "js"))
        .collect();
    paths.sort();
    paths
}

/// The values of `// NAME: value` directives in a case's text.
pub fn directives(text: &str, name: &str) -> Vec<String> {
    asm2wasm::diff::directives(text, name)
}

/// Validate `wasm` with wabt's `wasm-validate`, an independent validator
/// (wasmparser already checked it inside `compile`).
pub fn wabt_validate(name: &str, wasm: &[u8]) {
    if let Err(e) = wabt_check(name, wasm) {
        panic!("{e}");
    }
}

/// [`wabt_validate`], the failure returned instead of raised.
pub fn wabt_check(name: &str, wasm: &[u8]) -> Result<(), String> {
    let dir = std::env::temp_dir().join("asm2wasm-tests");
    std::fs::create_dir_all(&dir).map_err(|e| format!("create {}: {e}", dir.display()))?;
    let path = dir.join(format!("{}.wasm", name.replace(['/', '.'], "_")));
    std::fs::write(&path, wasm).map_err(|e| format!("write {}: {e}", path.display()))?;
    let out = Command::new("wasm-validate").arg(&path).output().map_err(|e| {
        format!("these tests need wabt's `wasm-validate` on PATH ({e}): `scripts/test` installs it")
    })?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{name}: wasm-validate rejects the module:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// insta's settings for the snapshots of a case directory: the files go
/// in `<dir>/snapshots/`, named after the case alone.
pub fn snapshot_settings(dir: &Path) -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(dir.join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings
}

/// Snapshots in `dir` whose case file is gone.
pub fn orphan_snapshots(dir: &str) -> Vec<String> {
    let base = root().join(dir);
    let Ok(entries) = std::fs::read_dir(base.join("snapshots")) else { return Vec::new() };
    entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "snap"))
        .filter(|p| !base.join(format!("{}.js", p.file_stem().unwrap().to_string_lossy())).exists())
        .map(|p| p.display().to_string())
        .collect()
}

/// The corpus packages with a driver in `testsuite/loader/` (`PACKAGE.js`):
/// package, version and file, from `testsuite/corpus/manifest.json`.
pub fn loader_drivers() -> Vec<(String, String, String)> {
    let root = root();
    let text = std::fs::read_to_string(root.join("testsuite/corpus/manifest.json")).unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&text).unwrap();
    let field = |f: &serde_json::Value, k: &str| f[k].as_str().unwrap().to_string();
    manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (field(f, "package"), field(f, "version"), field(f, "file")))
        .filter(|(p, _, _)| root.join(format!("testsuite/loader/{p}.js")).exists())
        .collect()
}

/// The foreign object of the benches: functions do nothing and return 0, as
/// in `testsuite/v8/bench.js` and `testsuite/loader/bench.js`.
pub struct Quiet;

impl asm2wasm_run::Foreign for Quiet {
    fn call(&mut self, _name: &str, _args: &[f64]) -> f64 {
        0.0
    }
    fn value(&mut self, _name: &str) -> f64 {
        0.0
    }
}
