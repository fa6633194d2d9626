//! The npm corpus: asm.js that real users ship, in ten published npm
//! packages (`testsuite/corpus/manifest.json`). `scripts/corpus` fetches
//! them into a cache (never into the repository); this harness runs it, then
//! holds each file to what the manifest records:
//!
//! - `corpus/<package>`: the file's sha256; our verdict on each module
//!   (`ours`); agreement with V8 and `SpiderMonkey` wherever the two engines
//!   agree; every module we accept translates, and the bytes pass
//!   `wasmparser` and wabt's `wasm-validate`;
//! - `corpus::engine_verdicts_are_current`: V8 (Node 20) and `SpiderMonkey` 58
//!   still give the verdicts the manifest records;
//! - `corpus::summary_is_current`: `testsuite/corpus/summary.md` (sizes,
//!   verdicts, output bytes: deterministic figures only; the timings are
//!   `benches/corpus.rs`) is what the corpus gives today.
//!
//! `BLESS=1 cargo test -p asm2wasm --test corpus` rewrites `ours`, the
//! engines' verdicts and the summary. A corpus that cannot be fetched, or a
//! missing tool (npm, Node, `SpiderMonkey`, wabt), fails; it is never skipped.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex, OnceLock};

use asm2wasm::check::limits::thousands;
use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::{Value, json};

/// The manifest, relative to the repository root.
const MANIFEST: &str = "testsuite/corpus/manifest.json";
/// The committed summary, relative to the repository root.
const SUMMARY: &str = "testsuite/corpus/summary.md";
/// The heading of the summary's timing section, which the corpus bench writes.
const TIMINGS: &str = "## Timings";
/// What rewrites the manifest's derived fields and the summary.
const BLESS_COMMAND: &str = "BLESS=1 cargo test -p asm2wasm --test corpus";

/// An engine's verdict on a whole file, as the manifest records it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Verdict {
    /// `valid`, `invalid` or `almost asm`.
    verdict: String,
    /// For `invalid`: the engine's message on the first invalid module.
    message: String,
}

impl Verdict {
    fn new(verdict: &str, message: &str) -> Verdict {
        Verdict { verdict: verdict.to_string(), message: message.to_string() }
    }

    fn from_json(v: &Value) -> Result<Verdict, String> {
        let verdict = v["verdict"].as_str().ok_or("an engine verdict without `verdict`")?;
        if !["valid", "invalid", "almost asm"].contains(&verdict) {
            return Err(format!("unknown engine verdict {verdict:?}"));
        }
        Ok(Verdict::new(verdict, v["message"].as_str().unwrap_or("")))
    }

    fn to_json(&self) -> Value {
        if self.message.is_empty() {
            json!({ "verdict": self.verdict })
        } else {
            json!({ "verdict": self.verdict, "message": self.message })
        }
    }

    /// `valid`, or `invalid ("message")`.
    fn describe(&self) -> String {
        if self.message.is_empty() {
            self.verdict.clone()
        } else {
            format!("{} ({:?})", self.verdict, self.message)
        }
    }
}

/// Our verdicts on a file: one per `"use asm"` module found, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Ours {
    /// `valid` or `invalid`, per module.
    verdicts: Vec<String>,
}

impl Ours {
    fn from_json(v: &Value) -> Result<Ours, String> {
        let verdicts: Vec<String> = v["verdicts"]
            .as_array()
            .ok_or("`ours` without `verdicts`")?
            .iter()
            .map(|s| s.as_str().map(str::to_string).ok_or("a verdict that is not a string"))
            .collect::<Result<_, _>>()?;
        if v["modules"].as_u64() != Some(verdicts.len() as u64) {
            return Err("`ours.modules` is not the number of `ours.verdicts`".into());
        }
        Ok(Ours { verdicts })
    }

    fn to_json(&self) -> Value {
        json!({ "modules": self.verdicts.len(), "verdicts": self.verdicts })
    }

    fn describe(&self) -> String {
        format!("{} module(s): [{}]", self.verdicts.len(), self.verdicts.join(", "))
    }
}

/// One file of the manifest.
#[derive(Debug)]
struct Entry {
    package: String,
    version: String,
    /// The path in the tarball (`package/...`).
    file: String,
    sha256: String,
    v8: Verdict,
    spidermonkey: Verdict,
    ours: Ours,
}

impl Entry {
    fn from_json(v: &Value) -> Result<Entry, String> {
        let text = |key: &str| {
            v[key].as_str().map(str::to_string).ok_or_else(|| format!("an entry without `{key}`"))
        };
        let package = text("package")?;
        let context = |e: String| format!("{package}: {e}");
        Ok(Entry {
            version: text("version").map_err(context)?,
            file: text("file").map_err(context)?,
            sha256: text("sha256").map_err(context)?,
            v8: Verdict::from_json(&v["v8"]).map_err(context)?,
            spidermonkey: Verdict::from_json(&v["spidermonkey"]).map_err(context)?,
            ours: Ours::from_json(&v["ours"]).map_err(context)?,
            package,
        })
    }

    /// `package@version`.
    fn id(&self) -> String {
        format!("{}@{}", self.package, self.version)
    }

    /// The file's path in the package, without the tarball's `package/`.
    fn short_file(&self) -> &str {
        self.file.strip_prefix("package/").unwrap_or(&self.file)
    }
}

/// What our checker and translator make of one module.
#[derive(Debug)]
struct ModuleFacts {
    /// Its display name (`asm`, `bigint_asm`).
    name: String,
    /// Its byte range in the file.
    lo: u32,
    hi: u32,
    /// The 1-based line it starts on.
    line: u32,
    /// For a module we accept: its function count.
    functions: Option<usize>,
    /// For a module we refuse: the first error in it (code, place, message).
    first_error: Option<String>,
    /// For a module we accept: the bytes of its translation, or why it did
    /// not translate into a valid module.
    wasm: Option<Result<usize, String>>,
}

impl ModuleFacts {
    fn valid(&self) -> bool {
        self.functions.is_some()
    }

    fn bytes(&self) -> usize {
        (self.hi - self.lo) as usize
    }
}

/// What our checker and translator make of one file.
#[derive(Debug)]
struct Facts {
    bytes: usize,
    /// The directive-shaped `"almost asm"` strings in the text.
    almost_asm: usize,
    modules: Vec<ModuleFacts>,
    /// Errors outside every module, such as a syntax error.
    file_errors: Vec<String>,
    /// Our report warns that V8 (`W0101`), SpiderMonkey (`W0102`) refuses it.
    warns_v8: bool,
    warns_spidermonkey: bool,
}

impl Facts {
    fn ours(&self) -> Ours {
        let verdicts = self.modules.iter().map(|m| if m.valid() { "valid" } else { "invalid" });
        Ours { verdicts: verdicts.map(str::to_string).collect() }
    }

    /// Our verdict on the file, in the engines' terms.
    fn verdict(&self) -> &'static str {
        if self.modules.is_empty() {
            if self.almost_asm > 0 { "almost asm" } else { "no module" }
        } else if self.modules.iter().all(ModuleFacts::valid) && self.file_errors.is_empty() {
            "valid"
        } else {
            "invalid"
        }
    }

    /// Our errors, one line each.
    fn errors(&self) -> Vec<String> {
        let in_modules = self.modules.iter().filter_map(|m| {
            m.first_error.as_ref().map(|e| format!("module `{}` (line {}): {e}", m.name, m.line))
        });
        in_modules.chain(self.file_errors.iter().cloned()).collect()
    }
}

/// Both engines' verdicts on one file.
#[derive(Debug)]
struct Engines {
    v8: Verdict,
    spidermonkey: Verdict,
}

/// Everything the trials share: the manifest, and what is worked out once
/// for all of them (the fetch, each file's facts, the engines' verdicts).
struct State {
    entries: Vec<Entry>,
    cache: OnceLock<Result<PathBuf, String>>,
    facts: Vec<OnceLock<Result<Facts, String>>>,
    engines: OnceLock<Result<Vec<Engines>, String>>,
    /// Held while the manifest is rewritten (`BLESS=1`).
    manifest_lock: Mutex<()>,
}

impl State {
    fn load() -> State {
        let path = common::root().join(MANIFEST);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let doc: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
        let files = doc["files"]
            .as_array()
            .unwrap_or_else(|| panic!("{} has no `files` array", path.display()));
        let entries: Vec<Entry> = files
            .iter()
            .map(|v| Entry::from_json(v).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
            .collect();
        State {
            facts: entries.iter().map(|_| OnceLock::new()).collect(),
            entries,
            cache: OnceLock::new(),
            engines: OnceLock::new(),
            manifest_lock: Mutex::new(()),
        }
    }

    /// The corpus cache, fetched and verified by `scripts/corpus` (once).
    fn cache(&self) -> Result<&Path, String> {
        self.cache.get_or_init(fetch).as_deref().map_err(Clone::clone)
    }

    /// The facts of entry `i`, worked out once.
    fn facts(&self, i: usize) -> Result<&Facts, String> {
        self.facts[i]
            .get_or_init(|| facts(&self.entries[i], self.cache()?))
            .as_ref()
            .map_err(|e| format!("{}: {e}", self.entries[i].id()))
    }

    /// The engines' verdicts on every file, worked out once.
    fn engines(&self) -> Result<&[Engines], String> {
        self.engines.get_or_init(|| engines(self)).as_deref().map_err(Clone::clone)
    }

    /// Rewrite the manifest's field `key` of entry `i` (`BLESS=1`).
    fn bless(&self, i: usize, key: &str, value: Value) -> Result<(), String> {
        let _guard = self.manifest_lock.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let path = common::root().join(MANIFEST);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("read {MANIFEST}: {e}"))?;
        let mut doc: Value =
            serde_json::from_str(&text).map_err(|e| format!("{MANIFEST} is not JSON: {e}"))?;
        let entry = doc["files"]
            .get_mut(i)
            .filter(|e| e["package"] == self.entries[i].package.as_str())
            .ok_or_else(|| format!("{MANIFEST} changed during the run"))?;
        entry[key] = value;
        let text = serde_json::to_string_pretty(&doc).expect("JSON values serialise") + "\n";
        std::fs::write(&path, text).map_err(|e| format!("write {MANIFEST}: {e}"))
    }
}

/// Run `scripts/corpus` (fetch what is missing, verify all) and return the
/// cache it prints.
fn fetch() -> Result<PathBuf, String> {
    let script = common::root().join("scripts/corpus");
    let out = Command::new("bash")
        .arg(&script)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", script.display()))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        return Err(format!(
            "scripts/corpus could not fetch the corpus ({}):\n{stderr}",
            out.status
        ));
    }
    eprint!("{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let dir = stdout.lines().last().ok_or("scripts/corpus printed no cache path")?;
    Ok(PathBuf::from(dir))
}

/// The path of entry's file in the cache.
fn cached_file(entry: &Entry, cache: &Path) -> PathBuf {
    cache.join(format!("{}-{}", entry.package, entry.version)).join(&entry.file)
}

/// Read, hash, check and translate one file.
fn facts(entry: &Entry, cache: &Path) -> Result<Facts, String> {
    let path = cached_file(entry, cache);
    let bytes = std::fs::read(&path).map_err(|e| format!("read {}: {e}", path.display()))?;
    let sum = sha256_hex(&bytes);
    if sum != entry.sha256 {
        return Err(format!(
            "{} has sha256 {sum}, the manifest says {}: delete the cache and run scripts/corpus",
            path.display(),
            entry.sha256
        ));
    }
    let text =
        String::from_utf8(bytes).map_err(|e| format!("{} is not UTF-8: {e}", path.display()))?;
    let name = format!("{}/{}", entry.package, entry.short_file());
    let label = format!("{}-{}", entry.package, entry.version);
    Ok(asm2wasm::with_big_stack(move || check_and_translate(&name, &label, text)))
}

/// `check_source`, then every accepted module through the translation
/// (exact mode, default options) and both validators.
fn check_and_translate(name: &str, label: &str, text: String) -> Facts {
    let almost_asm = text.matches("\"almost asm\"").count() + text.matches("'almost asm'").count();
    let report = asm2wasm::check_source(name, text);
    let place = |d: &asm2wasm::syntax::Diagnostic| {
        let at = report.lines().line_col(&report.text, d.span.lo);
        format!("{} at {}:{}: {}", d.code, at.line, at.col, d.message)
    };
    let opts = asm2wasm::codegen::Options::default();
    let mut modules = Vec::new();
    for (index, m) in report.modules.iter().enumerate() {
        let inside = |d: &&asm2wasm::syntax::Diagnostic| {
            d.is_error() && m.span.lo <= d.span.lo && d.span.hi <= m.span.hi
        };
        let wasm = m.typed.as_ref().map(|_| {
            let wasm = report.translate(index, &opts).map_err(|e| format!("codegen: {e}"))?;
            wasmparser::Validator::new()
                .validate_all(&wasm)
                .map_err(|e| format!("wasmparser rejects the output: {e}"))?;
            common::wabt_check(&format!("corpus-{label}-{index}"), &wasm)?;
            Ok(wasm.len())
        });
        modules.push(ModuleFacts {
            name: m.name.clone(),
            lo: m.span.lo,
            hi: m.span.hi,
            line: report.lines().line_col(&report.text, m.span.lo).line,
            functions: m.typed.as_ref().map(|t| t.functions.len()),
            first_error: report.diagnostics.iter().find(inside).map(place),
            wasm,
        });
    }
    let outside = |d: &&asm2wasm::syntax::Diagnostic| {
        d.is_error()
            && d.code != "E0003" // "no module": the module count says it
            && !report.modules.iter().any(|m| m.span.lo <= d.span.lo && d.span.hi <= m.span.hi)
    };
    let file_errors = report.diagnostics.iter().filter(outside).map(place).collect();
    let warns = |code: &str| report.diagnostics.iter().any(|d| d.code == code);
    Facts {
        bytes: report.text.len(),
        almost_asm,
        modules,
        file_errors,
        warns_v8: warns("W0101"),
        warns_spidermonkey: warns("W0102"),
    }
}

/// The verdict on a whole file from its modules' (`valid`/`invalid`, message).
fn file_verdict(modules: &[(String, String)], almost_asm: usize) -> Verdict {
    if let Some((_, message)) = modules.iter().find(|(v, _)| v == "invalid") {
        Verdict::new("invalid", message)
    } else if modules.is_empty() {
        Verdict::new(if almost_asm > 0 { "almost asm" } else { "no module" }, "")
    } else {
        Verdict::new("valid", "")
    }
}

/// Ask V8 and `SpiderMonkey` about every file.
fn engines(state: &State) -> Result<Vec<Engines>, String> {
    let cache = state.cache()?;
    let node = tool_version("node", "Node.js 20 (V8), which `scripts/test` installs")?;
    let js = common::spidermonkey();
    let mut all = Vec::new();
    for (i, entry) in state.entries.iter().enumerate() {
        let facts = state.facts(i)?;
        let path = cached_file(entry, cache);
        let v8 =
            v8_verdict(&path, facts).map_err(|e| format!("{}: V8 ({node}): {e}", entry.id()))?;
        let spidermonkey = spidermonkey_verdict(&js, &path, facts)
            .map_err(|e| format!("{}: SpiderMonkey: {e}", entry.id()))?;
        all.push(Engines { v8, spidermonkey });
    }
    Ok(all)
}

/// `TOOL --version`, or what is missing.
fn tool_version(tool: &str, what: &str) -> Result<String, String> {
    match Command::new(tool).arg("--version").output() {
        Ok(o) if o.status.success() => Ok(String::from_utf8_lossy(&o.stdout).trim().to_string()),
        _ => Err(format!("the corpus test needs `{tool}` on PATH: {what}")),
    }
}

/// V8's verdict: each module's text (our spans) instantiated alone in Node
/// by `testsuite/v8/corpus-verdict.js`.
fn v8_verdict(path: &Path, facts: &Facts) -> Result<Verdict, String> {
    let script = common::root().join("testsuite/v8/corpus-verdict.js");
    let out = Command::new("node")
        .arg("--allow-natives-syntax")
        .arg(&script)
        .arg(path)
        .args(facts.modules.iter().map(|m| format!("{}:{}", m.lo, m.hi)))
        .output()
        .map_err(|e| format!("cannot run node: {e}"))?;
    if !out.status.success() {
        return Err(format!("corpus-verdict.js failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let v: Value = serde_json::from_slice(&out.stdout)
        .map_err(|e| format!("corpus-verdict.js printed no JSON ({e})"))?;
    let use_asm = v["directives"]["use_asm"].as_u64().unwrap_or(u64::MAX);
    if use_asm != facts.modules.len() as u64 {
        return Err(format!(
            "the text holds {use_asm} \"use asm\" strings, our report {} modules: V8 would not see them all",
            facts.modules.len()
        ));
    }
    let mut modules = Vec::new();
    for m in v["modules"].as_array().ok_or("corpus-verdict.js printed no modules")? {
        let verdict = m["v8"].as_str().unwrap_or("");
        let message = m["message"].as_str().unwrap_or("");
        match verdict {
            "valid" | "invalid" => modules.push((verdict.to_string(), message.to_string())),
            _ => return Err(format!("no verdict on the module at {}: {message}", m["lo"])),
        }
    }
    let almost_asm = v["directives"]["almost_asm"].as_u64().unwrap_or(0) as usize;
    Ok(file_verdict(&modules, almost_asm))
}

/// `SpiderMonkey`'s verdict: `js -w -c FILE` compiles the file without running
/// it and prints one line per "use asm" module it validates.
fn spidermonkey_verdict(js: &Path, path: &Path, facts: &Facts) -> Result<Verdict, String> {
    let out = Command::new(js)
        .args(["-w", "-c"])
        .arg(path)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", js.display()))?;
    let text = String::from_utf8_lossy(&out.stderr).into_owned()
        + String::from_utf8_lossy(&out.stdout).as_ref();
    if !out.status.success() {
        return Err(format!("`js -w -c` failed ({}):\n{text}", out.status));
    }
    let mut modules = Vec::new();
    for line in text.lines() {
        if line.contains("Successfully compiled asm.js code") {
            modules.push(("valid".to_string(), String::new()));
        } else if let Some((_, message)) = line.split_once("asm.js type error: ") {
            // The message ends in a colon that introduces the source excerpt.
            modules.push(("invalid".to_string(), message.trim().trim_end_matches(':').to_string()));
        } else if line.contains("asm.js") {
            return Err(format!("an asm.js message this harness does not know: {line}"));
        }
    }
    if modules.len() != facts.modules.len() {
        return Err(format!(
            "SpiderMonkey judged {} module(s), our report has {}:\n{text}",
            modules.len(),
            facts.modules.len()
        ));
    }
    Ok(file_verdict(&modules, facts.almost_asm))
}

/// `corpus/<package>`: the file's hash, our verdicts, agreement with the
/// engines where they agree, and the translation of every accepted module.
fn file_trial(state: &State, i: usize) -> Result<(), Failed> {
    let entry = &state.entries[i];
    let facts = state.facts(i)?;
    let mut problems = Vec::new();
    for m in &facts.modules {
        if let Some(Err(e)) = &m.wasm {
            problems.push(format!(
                "module `{}` (line {}) is valid but its translation fails: {e}",
                m.name, m.line
            ));
        }
    }
    let ours = facts.ours();
    if common::blessing() {
        state.bless(i, "ours", ours.to_json())?;
    } else if ours != entry.ours {
        problems.push(format!(
            "our verdicts changed: the manifest records {}, the checker now gives {}; \
             if that is intended, run `{BLESS_COMMAND}`",
            entry.ours.describe(),
            ours.describe()
        ));
    }
    let (v8, sm) = (&entry.v8.verdict, &entry.spidermonkey.verdict);
    if v8 == sm && facts.verdict() != v8 {
        let mut why = String::new();
        for e in facts.errors() {
            let _ = write!(why, "\n  {e}");
        }
        problems
            .push(format!("V8 and SpiderMonkey both say {v8}, we say {}{why}", facts.verdict()));
    }
    // Where we accept what one engine refuses, a warning names that engine.
    if facts.verdict() == "valid" {
        for (engine, verdict, warned, code) in [
            ("V8", v8, facts.warns_v8, "W0101"),
            ("SpiderMonkey", sm, facts.warns_spidermonkey, "W0102"),
        ] {
            if (verdict == "invalid") != warned {
                problems.push(format!(
                    "{engine} says {verdict}, and our report {} {code}",
                    if warned { "has" } else { "lacks" }
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}:\n{}", entry.id(), problems.join("\n")).into())
    }
}

/// `corpus::engine_verdicts_are_current`: the engines still say what the
/// manifest records.
fn engines_trial(state: &State) -> Result<(), Failed> {
    let engines = state.engines()?;
    let mut problems = Vec::new();
    for (i, (entry, now)) in state.entries.iter().zip(engines).enumerate() {
        if common::blessing() {
            state.bless(i, "v8", now.v8.to_json())?;
            state.bless(i, "spidermonkey", now.spidermonkey.to_json())?;
            continue;
        }
        for (engine, recorded, said) in
            [("V8", &entry.v8, &now.v8), ("SpiderMonkey", &entry.spidermonkey, &now.spidermonkey)]
        {
            if recorded != said {
                problems.push(format!(
                    "{}: {engine} says {}, the manifest records {}",
                    entry.id(),
                    said.describe(),
                    recorded.describe()
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\n(after a review: `{BLESS_COMMAND}`)", problems.join("\n")).into())
    }
}

/// `corpus::summary_is_current`: `testsuite/corpus/summary.md` is what the
/// corpus gives now.
fn summary_trial(state: &State) -> Result<(), Failed> {
    let facts: Vec<&Facts> =
        (0..state.entries.len()).map(|i| state.facts(i)).collect::<Result<_, _>>()?;
    let verdicts: Vec<(Verdict, Verdict)> = if common::blessing() {
        let engines = state.engines()?;
        for (i, e) in engines.iter().enumerate() {
            state.bless(i, "v8", e.v8.to_json())?;
            state.bless(i, "spidermonkey", e.spidermonkey.to_json())?;
        }
        engines.iter().map(|e| (e.v8.clone(), e.spidermonkey.clone())).collect()
    } else {
        state.entries.iter().map(|e| (e.v8.clone(), e.spidermonkey.clone())).collect()
    };
    let (doc, agreement) = summary(&state.entries, &facts, &verdicts);
    eprintln!("{agreement}");
    let path = common::root().join(SUMMARY);
    // The `## Timings` section is the corpus bench's (`BLESS=1 cargo bench
    // --bench corpus`): kept as it is, never compared.
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    let (checked, timings) = match current.find(TIMINGS) {
        Some(at) => (current[..at].trim_end().to_string() + "\n", &current[at..]),
        None => (current.clone(), ""),
    };
    if common::blessing() {
        let text = if timings.is_empty() { doc.clone() } else { format!("{doc}\n{timings}") };
        std::fs::write(&path, text).map_err(|e| format!("write {SUMMARY}: {e}"))?;
    }
    if common::blessing() || checked == doc {
        Ok(())
    } else {
        Err(format!("{SUMMARY} is stale: run `{BLESS_COMMAND}`").into())
    }
}

/// The summary's text, and the agreement line it holds.
fn summary(
    entries: &[Entry],
    facts: &[&Facts],
    verdicts: &[(Verdict, Verdict)],
) -> (String, String) {
    let mut doc = format!(
        "# The npm corpus\n\n\
         Generated by `crates/asm2wasm/tests/corpus.rs` from `manifest.json` and the files it names\n\
         (fetched by `scripts/corpus`); `{BLESS_COMMAND}` rewrites it, and the test fails\n\
         when it is stale. Deterministic figures only: the timings are the `corpus` bench\n\
         (`docs/corpus.md`).\n\n\
         asm.js bytes: the text of the file's `\"use asm\"` modules. functions: in the modules we\n\
         accept. wasm: the translation of those modules (exact heap checks, the default options),\n\
         in bytes and per byte of their asm.js text.\n\n\
         | package | file | bytes | asm.js bytes | modules | functions | V8 | SpiderMonkey | ours | wasm bytes | wasm per asm.js byte |\n\
         |---|---|--:|--:|--:|--:|---|---|---|--:|--:|\n"
    );
    let (mut with_v8, mut with_sm, mut both, mut with_both) = (0, 0, 0, 0);
    let mut total = [0usize; 4];
    for ((entry, f), (v8, sm)) in entries.iter().zip(facts).zip(verdicts) {
        let ours = f.verdict();
        with_v8 += usize::from(ours == v8.verdict);
        with_sm += usize::from(ours == sm.verdict);
        if v8.verdict == sm.verdict {
            both += 1;
            with_both += usize::from(ours == v8.verdict);
        }
        let asm_bytes: usize = f.modules.iter().map(ModuleFacts::bytes).sum();
        let accepted: Vec<&ModuleFacts> = f.modules.iter().filter(|m| m.valid()).collect();
        let functions: usize = accepted.iter().filter_map(|m| m.functions).sum();
        let wasm: usize = accepted.iter().filter_map(|m| m.wasm.as_ref()?.as_ref().ok()).sum();
        let translated: usize = accepted.iter().map(|m| m.bytes()).sum();
        let ours_cell = match f.ours().verdicts.as_slice() {
            [] => ours.to_string(),
            [one] => one.clone(),
            many => {
                let valid = many.iter().filter(|v| *v == "valid").count();
                format!("{ours} ({valid} of {} valid)", many.len())
            }
        };
        let (functions_cell, wasm_cell, ratio_cell) = if accepted.is_empty() {
            ("–".to_string(), "–".to_string(), "–".to_string())
        } else {
            (
                thousands(functions),
                thousands(wasm),
                format!("{:.3}", wasm as f64 / translated as f64),
            )
        };
        let _ = writeln!(
            doc,
            "| {} | `{}` | {} | {} | {} | {functions_cell} | {} | {} | {ours_cell} | {wasm_cell} | {ratio_cell} |",
            entry.id(),
            entry.short_file(),
            thousands(f.bytes),
            thousands(asm_bytes),
            f.modules.len(),
            v8.verdict,
            sm.verdict,
        );
        for (t, n) in total.iter_mut().zip([f.bytes, asm_bytes, wasm, translated]) {
            *t += n;
        }
    }
    let _ = writeln!(
        doc,
        "| total | | {} | {} | | | | | | {} | {} |",
        thousands(total[0]),
        thousands(total[1]),
        thousands(total[2]),
        if total[3] == 0 {
            "–".to_string()
        } else {
            format!("{:.3}", total[2] as f64 / total[3] as f64)
        }
    );
    let n = entries.len();
    let agreement = format!(
        "ours agrees with V8 on {with_v8} of {n} files, SpiderMonkey on {with_sm} of {n}; \
         where the two engines agree ({both} files), on {with_both}"
    );
    let _ = writeln!(
        doc,
        "\nOurs agrees with V8 on {with_v8} of {n} files, with SpiderMonkey on {with_sm} of {n}; where the two engines agree ({both} files), on {with_both}."
    );
    doc += "\n## Why a module is refused\n\nThe engines' messages, and the first of our errors in each module we refuse.\n\n\
            | package | by | message |\n|---|---|---|\n";
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    for ((entry, f), (v8, sm)) in entries.iter().zip(facts).zip(verdicts) {
        for (engine, v) in [("V8", v8), ("SpiderMonkey", sm)] {
            if !v.message.is_empty() {
                let _ = writeln!(doc, "| {} | {engine} | {} |", entry.id(), cell(&v.message));
            }
        }
        for e in f.errors() {
            let _ = writeln!(doc, "| {} | ours | {} |", entry.id(), cell(&e));
        }
    }
    (doc, agreement)
}

/// SHA-256 of `data`, in lower-case hex.
fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest as _;
    sha2::Sha256::digest(data).iter().fold(String::new(), |mut hex, b| {
        let _ = write!(hex, "{b:02x}");
        hex
    })
}

fn main() {
    let args = Arguments::from_args();
    let state = Arc::new(State::load());
    let mut trials: Vec<Trial> = (0..state.entries.len())
        .map(|i| {
            let s = Arc::clone(&state);
            Trial::test(format!("corpus/{}", state.entries[i].package), move || file_trial(&s, i))
        })
        .collect();
    let s = Arc::clone(&state);
    trials.push(
        Trial::test("corpus::engine_verdicts_are_current", move || engines_trial(&s))
            .with_ignored_flag(common::node_skipped()),
    );
    let s = Arc::clone(&state);
    trials.push(Trial::test("corpus::summary_is_current", move || summary_trial(&s)));
    libtest_mimic::run(&args, trials).exit();
}
