//! The command: `asm2wasm diff INPUT [--call CALL]... [--engine node|spidermonkey|both]`.
//! Exit codes: 0 every engine agrees with the translation, 1 a difference,
//! 2 nothing to compare (usage, I/O, no calls, a module the checker
//! refuses, a missing engine), 3 internal error (the translation is not
//! valid wasm).

use std::path::PathBuf;

use crate::codegen::{HeapChecks, Options};

use super::{
    Case, DEFAULT_HEAP, Engine, Job, Validation, Wasm, call_name, compare, module_source,
    run_engine,
};

/// Exit code: a difference (or, with `--require-asm`, an engine that ran
/// the module as plain JS).
const DIFFERENT: u8 = 1;
/// Exit code: nothing could be compared.
const USAGE: u8 = 2;
/// Exit code: our bug.
const INTERNAL: u8 = 3;

/// The engines to compare with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Engines {
    /// Node (V8), the reference.
    Node,
    /// The SpiderMonkey 58 shell.
    Spidermonkey,
    /// Node, then SpiderMonkey.
    Both,
}

/// `--heap-checks`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Checks {
    /// As JS: out-of-bounds loads give 0 or NaN, stores are ignored.
    Exact,
    /// Trap outside the wasm memory (where JS gives 0 or NaN, this differs).
    Trap,
}

/// `asm2wasm diff`'s arguments.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The file holding the asm.js module; its `// run:` lines are the calls, unless `--call` gives them.
    pub input: PathBuf,
    /// A call to make, `f(1, 2.5)`, its arguments any JS expressions (`-0`, `NaN`, `Math.PI`); repeatable; instead of the file's `// run:` lines.
    #[arg(long = "call", value_name = "CALL")]
    pub calls: Vec<String>,
    /// The engines to run the asm.js in.
    #[arg(long, value_enum, default_value_t = Engines::Node)]
    pub engine: Engines,
    /// The heap's length in bytes, in the engine and in wasmtime (default: the file's `// heap:`, else 65536); the translation imports its memory.
    #[arg(long, value_name = "BYTES", value_parser = crate::parse_heap_size)]
    pub heap_size: Option<u32>,
    /// Which module of a file with several: its name or its 0-based index.
    #[arg(long, value_name = "NAME|INDEX")]
    pub module: Option<String>,
    /// Out-of-bounds heap accesses in the translation: `exact` as in JS, or `trap`.
    #[arg(long, value_enum, default_value_t = Checks::Exact)]
    pub heap_checks: Checks,
    /// Translate without inlining small functions.
    #[arg(long)]
    pub no_inline: bool,
    /// Translate without the branch-hint section.
    #[arg(long)]
    pub no_branch_hints: bool,
    /// Count an engine that ran the module as plain JS (not asm.js) as a difference.
    #[arg(long)]
    pub require_asm: bool,
}

/// Run `asm2wasm diff`; the exit code. The report goes to stdout, errors
/// that leave nothing to compare to stderr.
pub fn main(args: &Args) -> u8 {
    match diff(args) {
        Ok(true) => 0,
        Ok(false) => DIFFERENT,
        Err((code, message)) => {
            eprintln!("error: {message}");
            code
        }
    }
}

type Failure = (u8, String);

fn usage(message: String) -> Failure {
    (USAGE, message)
}

/// Everything after reading the arguments: whether all agreed.
fn diff(args: &Args) -> Result<bool, Failure> {
    let path = &args.input;
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| usage(format!("cannot read `{name}`: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        usage(format!(
            "`{name}` is not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })?;
    let case = Case::parse(&text).map_err(|e| usage(format!("{name}: {e}")))?;
    let (n, t) = (name.clone(), text);
    let report = crate::with_big_stack(move || crate::check_source(&n, t));
    if !report.is_valid() {
        let src = report.source();
        for d in &report.diagnostics {
            eprintln!("{}", src.render(d));
        }
        return Err(usage(format!(
            "`{name}` is not valid asm.js ({} error(s)): there is nothing to compare",
            report.error_count()
        )));
    }
    let index = pick_module(&report, args.module.as_deref()).map_err(usage)?;
    let typed = report.modules[index].typed.as_ref().expect("a valid module");
    let exports: Vec<&str> = typed.exports.iter().map(|(n, _)| n.as_str()).collect();
    let calls = if args.calls.is_empty() { case.calls.clone() } else { args.calls.clone() };
    if calls.is_empty() {
        return Err(usage(format!(
            "no calls to make: `{name}` has no `// run: f(...)` line; give them with `--call 'f(1, 2)'`"
        )));
    }
    for call in &calls {
        match call_name(call) {
            None => return Err(usage(format!("`{call}` is not a call: write `f(1, 2.5)`"))),
            Some(f) if !exports.contains(&f) => {
                return Err(usage(format!(
                    "`{call}`: the module exports no `{f}`; it exports {}",
                    exports.join(", ")
                )));
            }
            Some(_) => {}
        }
    }
    let heap_size = args.heap_size.or(case.heap_size).unwrap_or(DEFAULT_HEAP);
    let engines: &[Engine] = match args.engine {
        Engines::Node => &[Engine::Node],
        Engines::Spidermonkey => &[Engine::SpiderMonkey],
        Engines::Both => &[Engine::Node, Engine::SpiderMonkey],
    };
    for e in engines {
        e.locate().map_err(usage)?;
    }
    let heap_checks = match args.heap_checks {
        Checks::Exact => HeapChecks::Exact,
        Checks::Trap => HeapChecks::Trap,
    };
    let (branch_hints, inline) = (!args.no_branch_hints, !args.no_inline);
    // As `asm2wasm run` translates: one wasm for every heap length.
    let opts =
        Options { import_memory: true, heap_checks, branch_hints, inline, ..Options::default() };
    let bytes = report.translate(index, &opts).map_err(|e| match e {
        crate::codegen::Error::Limit(_) => usage(format!("{e}: there is nothing to compare")),
        crate::codegen::Error::Invalid(_) => (INTERNAL, e.to_string()),
    })?;
    let wasm = Wasm::compile(&bytes, heap_size).map_err(|e| (INTERNAL, e))?;
    let mut values = wasm.foreign_values();
    values.extend(case.foreign_values.iter().cloned());
    let source = module_source(&report, index);
    let job = Job {
        file: &name,
        source: &source,
        heap_size,
        values: &values,
        calls: &calls,
        want_heap: true,
    };
    let mut all_agree = true;
    for &engine in engines {
        let js = run_engine(engine, &job).map_err(usage)?;
        let label = engine.label();
        if let Some(Validation::PlainJs { reason }) = &js.validation {
            println!(
                "{label}: {} did not validate the module as asm.js (ran it as plain JS): {reason}",
                engine.vm()
            );
            all_agree &= !args.require_asm;
        }
        let mut js = js;
        let mut ours = wasm.run(js.inputs()).map_err(|e| (INTERNAL, e))?;
        if engine == Engine::SpiderMonkey && !case.spidermonkey_differs.is_empty() {
            let skip: Vec<&str> =
                case.spidermonkey_differs.iter().map(|(f, _)| f.as_str()).collect();
            for (f, why) in &case.spidermonkey_differs {
                println!(
                    "{label}: the calls of `{f}` are not compared (`// spidermonkey-differs:` {why})"
                );
            }
            js = js.without_calls_of(&skip);
            ours = ours.without_calls_of(&skip);
        }
        let comparison = compare(&js, &ours);
        println!("{}", comparison.summary());
        print!("{}", comparison.details());
        all_agree &= comparison.agrees();
    }
    Ok(all_agree)
}

/// The module `--module` names, by name or index, or the file's only one.
fn pick_module(report: &crate::FileReport, wanted: Option<&str>) -> Result<usize, String> {
    let names: Vec<String> =
        report.modules.iter().enumerate().map(|(i, m)| format!("{i}: `{}`", m.name)).collect();
    let found = match wanted {
        None if report.modules.len() == 1 => return Ok(0),
        None => None,
        Some(w) => w
            .parse::<usize>()
            .ok()
            .filter(|&i| i < report.modules.len())
            .or_else(|| report.modules.iter().position(|m| m.name == w)),
    };
    found.ok_or_else(|| match wanted {
        None => format!(
            "`{}` holds {} asm.js modules; pick one with `--module NAME|INDEX` ({})",
            report.name,
            names.len(),
            names.join(", ")
        ),
        Some(w) => format!("no module `{w}` in `{}`; it holds {}", report.name, names.join(", ")),
    })
}
