//! The JS side: find Node and the SpiderMonkey shell, hand them a job (the
//! module's source, the heap's length, the calls) and read back what each
//! call gave. The harnesses (`node.js`, `spidermonkey.js`) are built into
//! the binary and written to a temporary directory for each run.

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

use super::{CallRun, Outcome, Run, Validation};

/// A reference engine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Node (V8), the reference.
    Node,
    /// The SpiderMonkey 58 shell, the second reference.
    SpiderMonkey,
}

const NODE_HARNESS: &str = include_str!("node.js");
const SPIDERMONKEY_HARNESS: &str = include_str!("spidermonkey.js");

impl Engine {
    /// The name diff prints: `node`, `spidermonkey`.
    pub fn label(self) -> &'static str {
        match self {
            Engine::Node => "node",
            Engine::SpiderMonkey => "spidermonkey",
        }
    }

    /// The JS engine inside: `V8`, `SpiderMonkey`.
    pub fn vm(self) -> &'static str {
        match self {
            Engine::Node => "V8",
            Engine::SpiderMonkey => "SpiderMonkey",
        }
    }

    /// The engine's program: `$ASM2WASM_NODE` or `node` on `PATH`; the
    /// shell at `$ASM2WASM_SPIDERMONKEY` or in the tools cache
    /// (`${ASM2WASM_TOOLS:-${XDG_CACHE_HOME:-~/.cache}/asm2wasm/tools}/spidermonkey-58/js`,
    /// where `scripts/install-spidermonkey` puts it). An error says how to
    /// get it.
    pub fn locate(self) -> Result<PathBuf, String> {
        match self {
            Engine::Node => {
                let path = std::env::var_os("ASM2WASM_NODE").map_or_else(
                    || search_path("node"),
                    |p| Some(PathBuf::from(p)).filter(|p| p.is_file()),
                );
                path.ok_or_else(|| {
                    "cannot find Node.js: put `node` (Node 20, the V8 reference) on PATH or name \
                     it with ASM2WASM_NODE (`scripts/test` installs it into the tools cache)"
                        .to_string()
                })
            }
            Engine::SpiderMonkey => {
                let path = std::env::var_os("ASM2WASM_SPIDERMONKEY")
                    .map_or_else(spidermonkey_in_cache, PathBuf::from);
                if path.is_file() {
                    Ok(path)
                } else {
                    Err(format!(
                        "cannot find the SpiderMonkey 58 shell at `{}`: install it with \
                         `scripts/install-spidermonkey`, name it with ASM2WASM_SPIDERMONKEY, \
                         or compare with Node alone (`--engine node`)",
                        path.display()
                    ))
                }
            }
        }
    }
}

/// The tools cache's SpiderMonkey launcher, as `scripts/install-spidermonkey` places it.
fn spidermonkey_in_cache() -> PathBuf {
    let env = |name| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    let tools = env("ASM2WASM_TOOLS").unwrap_or_else(|| {
        env("XDG_CACHE_HOME")
            .or_else(|| env("HOME").map(|h| h.join(".cache")))
            .unwrap_or_default()
            .join("asm2wasm/tools")
    });
    tools.join("spidermonkey-58/js")
}

fn search_path(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

/// What an engine is asked to do: one module, one heap, the calls in order.
#[derive(Debug, Clone)]
pub struct Job<'a> {
    /// The file's name, for the engine's messages.
    pub file: &'a str,
    /// The module's function as a JS expression ([`super::module_source`]).
    pub source: &'a str,
    /// The heap's length in bytes.
    pub heap_size: u32,
    /// The foreign names that are values (3.75), not functions.
    pub values: &'a [String],
    /// The calls, `f(1, -0)`, each argument any JS expression.
    pub calls: &'a [String],
    /// Also bring back the heap's bytes (not only their hash).
    pub want_heap: bool,
}

/// A scratch directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Result<Scratch, String> {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let dir = std::env::temp_dir().join(format!(
            "asm2wasm-diff-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
        Ok(Scratch(dir))
    }
    fn write(&self, name: &str, text: &str) -> Result<PathBuf, String> {
        let path = self.0.join(name);
        std::fs::write(&path, text)
            .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
        Ok(path)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Run `job` in `engine`: every call's arguments (as JS evaluated them),
/// result and foreign calls, the heap afterwards, and whether the engine
/// ran the module as asm.js. An `Err` is an engine that could not be found
/// or could not set the module up.
pub fn run(engine: Engine, job: &Job) -> Result<Run, String> {
    let program = engine.locate()?;
    let scratch = Scratch::new()?;
    let heap_out = scratch.0.join("heap.bin");
    let spec = serde_json::json!({
        "file": job.file,
        "source": job.source,
        "heap": job.heap_size,
        "values": job.values,
        "calls": job.calls,
        "heapOut": if job.want_heap { Some(heap_out.display().to_string()) } else { None },
    });
    let job_path = scratch.write("job.json", &spec.to_string())?;
    let mut command = Command::new(&program);
    match engine {
        Engine::Node => {
            let harness = scratch.write("node.js", NODE_HARNESS)?;
            command.arg("--allow-natives-syntax").arg(harness);
        }
        Engine::SpiderMonkey => {
            let harness = scratch.write("spidermonkey.js", SPIDERMONKEY_HARNESS)?;
            command.arg("-w").arg(harness);
        }
    }
    let out = command
        .arg(&job_path)
        .output()
        .map_err(|e| format!("cannot run `{}`: {e}", program.display()))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        return Err(format!("`{}` failed ({}): {stderr}", program.display(), out.status));
    }
    let mut run = parse(engine, &out.stdout)?;
    if let Some(Validation::PlainJs { reason }) = &mut run.validation
        && reason.is_empty()
    {
        *reason = spidermonkey_reason(&stderr)
            .unwrap_or_else(|| format!("{} gave no reason", engine.vm()));
    }
    if job.want_heap {
        run.heap = Some(
            std::fs::read(&heap_out)
                .map_err(|e| format!("{}: cannot read the heap it wrote: {e}", engine.label()))?,
        );
    }
    Ok(run)
}

/// SpiderMonkey's reason for running a module as plain JS: its first
/// asm.js warning that is not a success (`-w` prints them on stderr).
fn spidermonkey_reason(stderr: &str) -> Option<String> {
    stderr
        .lines()
        .filter_map(|l| l.split_once("warning: ").map(|(_, w)| w))
        .find(|w| w.starts_with("asm.js") && !w.contains("Successfully compiled"))
        .map(str::to_string)
}

/// A number from the harness: the 16 hex digits of its bits.
fn bits(v: &Value) -> Result<f64, String> {
    v.as_str()
        .and_then(|s| u64::from_str_radix(s, 16).ok())
        .map(f64::from_bits)
        .ok_or_else(|| format!("not the bits of a number: {v}"))
}

/// The harness's JSON.
fn parse(engine: Engine, stdout: &[u8]) -> Result<Run, String> {
    let bad = |what: &str| format!("{}'s harness printed {what}", engine.label());
    let json: Value = serde_json::from_slice(stdout).map_err(|e| bad(&format!("no JSON ({e})")))?;
    if let Some(e) = json.get("error") {
        return Err(format!(
            "{} could not run the module: {}",
            engine.label(),
            e.as_str().unwrap_or_default()
        ));
    }
    let mut calls = Vec::new();
    for r in json["runs"].as_array().ok_or_else(|| bad("no runs"))? {
        let outcome = if let Some(e) = r.get("threw") {
            Outcome::Threw(e.as_str().unwrap_or_default().to_string())
        } else if r["result"].is_null() {
            Outcome::Value(None)
        } else {
            Outcome::Value(Some(bits(&r["result"])?))
        };
        calls.push(CallRun {
            call: r["call"].as_str().ok_or_else(|| bad("a run without its call"))?.to_string(),
            args: r["args"]
                .as_array()
                .ok_or_else(|| bad("a run without its arguments"))?
                .iter()
                .map(bits)
                .collect::<Result<_, _>>()?,
            outcome,
            trace: r["trace"]
                .as_array()
                .ok_or_else(|| bad("a run without its trace"))?
                .iter()
                .map(|t| t.as_str().unwrap_or_default().to_string())
                .collect(),
        });
    }
    let heap_hash = json["heap"]
        .as_str()
        .and_then(|h| u32::from_str_radix(h, 16).ok())
        .ok_or_else(|| bad("no heap hash"))?;
    let validation = if json["asm"] == Value::Bool(true) {
        Validation::Asm
    } else {
        Validation::PlainJs { reason: json["reason"].as_str().unwrap_or_default().to_string() }
    };
    Ok(Run {
        side: engine.label().to_string(),
        validation: Some(validation),
        calls,
        heap_hash,
        heap: None,
    })
}

/// The engine's program, for tests that run it themselves (V8's verdicts,
/// SpiderMonkey's `-c`).
pub fn command(engine: Engine) -> Result<Command, String> {
    engine.locate().map(Command::new)
}
