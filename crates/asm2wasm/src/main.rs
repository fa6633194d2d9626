//! The `asm2wasm` command line. Exit codes: 0 success, 1 invalid input
//! (also a valid module whose translation would pass a limit of wasm),
//! 2 usage or I/O error, 3 internal error (a bug: please report it),
//! 4 (`run`) the called function trapped.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use asm2wasm::codegen::{HeapChecks, Options};
use asm2wasm::{FileReport, Jobs};
use clap::{Parser, Subcommand, ValueEnum};

/// mimalloc instead of the system allocator: swc builds and frees a tree of
/// millions of small boxes, where glibc's malloc spends a third of the time
/// (its fastbin consolidation above all); with mimalloc the whole check of
/// the bench module is about 20% faster (`docs/performance.md`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "asm2wasm",
    version,
    about = "Translate asm.js into WebAssembly that behaves exactly like it",
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    translate: TranslateArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Validate asm.js modules and report every error with its place and a fix.
    Check(CheckArgs),
    /// Run a module in the embedded wasmtime: call an export and print its result as JS prints it.
    #[cfg(feature = "run")]
    Run(RunArgs),
    /// Run the asm.js in Node (and/or SpiderMonkey) and the translation in wasmtime on the same calls, and compare.
    #[cfg(feature = "run")]
    Diff(asm2wasm::diff::Args),
    /// Package a .wasm as an OCI image archive (`oci-archive:`) for wasm container runtimes: os wasi, architecture wasm.
    Package(asm2wasm::package::Args),
}

#[cfg(feature = "run")]
#[derive(clap::Args)]
struct RunArgs {
    /// The asm.js file (translated first, exact semantics) or a `.wasm` asm2wasm wrote.
    input: PathBuf,
    /// The export to call (default: the module's only export).
    #[arg(long, value_name = "NAME")]
    call: Option<String>,
    /// The call's arguments, as JS numbers (`1`, `-0.5`, `1e300`, `0x10`, `NaN`, `Infinity`; after `--` for `-Infinity`).
    #[arg(allow_negative_numbers = true, value_parser = parse_js_number)]
    args: Vec<f64>,
    /// After `--`: more of the call's arguments, or a WASI command's arguments (after its file name).
    #[arg(last = true, value_name = "ARGS")]
    rest: Vec<String>,
    /// A WASI command only: preopen the host directory HOST at the guest path GUEST (default: HOST as given); repeatable.
    #[arg(long = "dir", value_name = "HOST[:GUEST]", value_parser = parse_dir)]
    dirs: Vec<(PathBuf, String)>,
    /// A WASI command only: set the environment variable NAME; repeatable (the environment is empty otherwise).
    #[arg(long = "env", value_name = "NAME=VALUE", value_parser = parse_env)]
    env: Vec<(String, String)>,
    /// Which module of a file with several: its name or its 0-based index.
    #[arg(long)]
    module: Option<String>,
    /// The asm.js heap length in bytes: the memory the runner makes for the module (2^n for n in 12..=24, or a multiple of 2^24; default 16777216).
    #[arg(long, value_parser = asm2wasm::parse_heap_size)]
    heap_size: Option<u32>,
    /// Print `-0` as `-0` (JS's `String` prints `0`).
    #[arg(long)]
    exact_print: bool,
    /// The value of a foreign import `foreign.NAME` (`foreign.NAME|0`, `+foreign.NAME`); repeatable.
    #[arg(long = "foreign", value_name = "NAME=NUMBER", value_parser = parse_foreign_value)]
    foreign: Vec<(String, f64)>,
    /// Write every foreign call to stderr as `foreign.name(args)` before it runs.
    #[arg(long)]
    trace: bool,
    /// Stop after about N wasm instructions (wasmtime fuel), exit code 5.
    #[arg(long, value_name = "N")]
    fuel: Option<u64>,
    /// Stop after this many seconds of wall-clock time (fractions allowed), exit code 5.
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds)]
    timeout: Option<std::time::Duration>,
    /// Refuse a module whose memory is bigger than this many bytes.
    #[arg(long, value_name = "BYTES")]
    max_memory: Option<usize>,
    #[command(flatten)]
    threads: Threads,
}

#[cfg(feature = "run")]
/// `--timeout SECONDS`.
fn parse_seconds(s: &str) -> Result<std::time::Duration, String> {
    s.parse::<f64>()
        .ok()
        .filter(|t| t.is_finite() && *t > 0.0)
        .map(std::time::Duration::from_secs_f64)
        .ok_or_else(|| format!("`{s}` is not a number of seconds above 0"))
}

#[cfg(feature = "run")]
/// `--dir HOST[:GUEST]`, or wasmtime's `HOST::GUEST` (the form for a host
/// path that holds a `:`).
fn parse_dir(s: &str) -> Result<(PathBuf, String), String> {
    let (host, guest) = s.split_once("::").or_else(|| s.split_once(':')).unwrap_or((s, s));
    if host.is_empty() || guest.is_empty() {
        return Err(format!("`{s}` is not HOST, HOST:GUEST or HOST::GUEST"));
    }
    Ok((PathBuf::from(host), guest.to_string()))
}

#[cfg(feature = "run")]
/// `--env NAME=VALUE`.
fn parse_env(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((name, value)) if !name.is_empty() => Ok((name.to_string(), value.to_string())),
        _ => Err(format!("`{s}` is not NAME=VALUE")),
    }
}

#[cfg(feature = "run")]
/// `--foreign NAME=NUMBER`.
fn parse_foreign_value(s: &str) -> Result<(String, f64), String> {
    let (name, value) = s.split_once('=').ok_or_else(|| format!("`{s}` is not NAME=NUMBER"))?;
    Ok((name.to_string(), parse_js_number(value)?))
}

#[cfg(feature = "run")]
/// A JS number on the command line: a decimal or exponent form, `0x` hex,
/// `NaN`, `Infinity`, each with an optional sign.
fn parse_js_number(s: &str) -> Result<f64, String> {
    let (neg, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let v = match body {
        "NaN" => f64::NAN,
        "Infinity" => f64::INFINITY,
        _ if body.starts_with("0x") || body.starts_with("0X") => {
            u64::from_str_radix(&body[2..], 16).map_err(|e| format!("`{s}`: {e}"))? as f64
        }
        // Rust also reads `inf` and `nan`, which JS does not.
        _ if body
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-')) =>
        {
            body.parse::<f64>().map_err(|_| format!("`{s}` is not a JS number"))?
        }
        _ => return Err(format!("`{s}` is not a JS number")),
    };
    Ok(if neg { -v } else { v })
}

#[derive(clap::Args)]
struct TranslateArgs {
    /// The JavaScript file holding the asm.js module (`-` reads stdin).
    #[arg(required = true)]
    input: Option<PathBuf>,
    /// Where to write the module (`-` writes stdout). With `--all`, a directory.
    #[arg(short, long, required = true)]
    output: Option<PathBuf>,
    /// Binary wasm or its text form.
    #[arg(long, value_enum, default_value_t = Emit::Wasm)]
    emit: Emit,
    /// The asm.js heap length in bytes of the memory the module defines (2^n for n in 12..=24, or a multiple of 2^24); decimal or 0x hex. Default 16777216 (with `--wasi`, an Emscripten program's `TOTAL_MEMORY`).
    #[arg(long, value_parser = asm2wasm::parse_heap_size)]
    heap_size: Option<u32>,
    /// Import the memory as ("env", "memory"), of any asm.js heap length, read when the module is instantiated (docs/abi.md).
    #[arg(long, conflicts_with = "heap_size")]
    import_memory: bool,
    /// Out-of-bounds heap accesses: `exact` as in JS (loads give 0/NaN, stores are ignored) or `trap` (faster).
    #[arg(long, value_enum, default_value_t = Checks::Exact)]
    heap_checks: Checks,
    /// Leave out the branch-hint section that marks exact bounds checks as likely in bounds.
    #[arg(long)]
    no_branch_hints: bool,
    /// Keep every call a call: do not emit small functions in place of their calls (smaller output, slower in engines that do not inline).
    #[arg(long)]
    no_inline: bool,
    /// Smaller output: exact bounds checks outside loops, in functions too big to be called from loops, go through shared helper functions (docs/performance.md has the trade-off).
    #[arg(long)]
    optimize_size: bool,
    /// With `--emit js`: carry the wasm inside the script as base64 instead of in files beside it.
    #[arg(long)]
    inline: bool,
    /// Write a source map (OUT.map) from the module's code to the asm.js statements, named in its `sourceMappingURL` section (docs/cli.md).
    #[arg(long)]
    source_map: bool,
    /// Which module of a file with several: its name or its 0-based index.
    #[arg(long)]
    module: Option<String>,
    /// Translate every module of the file, one .wasm each, into the `-o` directory.
    #[arg(long, conflicts_with = "module")]
    all: bool,
    /// A WASI command: `_start` calls the entry, the host interface is inside the module (docs/wasi.md).
    #[arg(long, conflicts_with_all = ["import_memory", "all", "source_map", "inline"])]
    wasi: bool,
    /// With `--wasi`: the export `_start` calls (default `main`, `_main` for an Emscripten program, or the only export).
    #[arg(long, value_name = "NAME", requires = "wasi")]
    entry: Option<String>,
    /// With `--wasi`: print the entry's result (as `print` writes it) and exit with 0, instead of exiting with the result.
    #[arg(long, requires = "wasi")]
    print_result: bool,
    #[command(flatten)]
    threads: Threads,
}

/// `--strict` and `-j`, for both commands.
#[derive(clap::Args)]
struct Threads {
    /// Threads for the functions of a big module (default: one per core, at most 8); the output is the same for any number.
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// The spec's letter: refuse what asmjs.org/spec/latest refuses, even where both V8 and SpiderMonkey accept it (nested `+`/`-` chains, module-level `const`, `Math.min` on floats, ...).
    #[arg(long)]
    strict: bool,
}

impl Threads {
    /// The checking options asked for.
    fn options(&self) -> asm2wasm::check::Options {
        let jobs = self.jobs.map_or_else(Jobs::available, |n| Jobs::threads(n.into()));
        asm2wasm::check::Options { strict: self.strict, jobs }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Emit {
    /// The binary format.
    Wasm,
    /// The text format (WAT).
    Wat,
    /// The whole program with the JS loader: each module runs as wasm on the program's heap (docs/loader.md).
    Js,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Checks {
    /// JS semantics: out-of-bounds loads give 0 or NaN, stores are ignored.
    Exact,
    /// Trap on accesses outside the wasm memory.
    Trap,
}

#[derive(clap::Args)]
struct CheckArgs {
    /// JavaScript files holding asm.js modules.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Show at most this many errors per file.
    #[arg(long, default_value_t = 50)]
    max_errors: usize,
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// List the modules found: name, line, functions, tables, exports.
    #[arg(short, long)]
    verbose: bool,
    #[command(flatten)]
    threads: Threads,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// rustc-style text on stderr.
    Human,
    /// One JSON object per diagnostic on stdout (schema: docs/diagnostics.md).
    Json,
}

/// Exit code for input that is not valid asm.js.
const INVALID: u8 = 1;
/// Exit code for usage and I/O errors.
const USAGE: u8 = 2;
/// Exit code for internal errors (an emitted module that does not validate).
const INTERNAL: u8 = 3;
#[cfg(feature = "run")]
/// Exit code of `run` when the called function stops: a wasm trap (with the
/// default exact heap checks, only a stack overflow) or `foreign.abort`.
const TRAPPED: u8 = 4;
#[cfg(feature = "run")]
/// Exit code of `run` when `--fuel` or `--timeout` ends the call.
const STOPPED: u8 = 5;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { USAGE } else { 0 });
        }
    };
    match cli.command {
        Some(Command::Check(args)) => check(&args),
        #[cfg(feature = "run")]
        Some(Command::Run(args)) => match run(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(code) => ExitCode::from(code),
        },
        #[cfg(feature = "run")]
        Some(Command::Diff(args)) => ExitCode::from(asm2wasm::diff::main(&args)),
        Some(Command::Package(args)) => ExitCode::from(asm2wasm::package::main(&args)),
        None => translate(&cli.translate),
    }
}

fn read(path: &Path) -> Result<String, String> {
    let bytes = if path == Path::new("-") {
        let mut b = Vec::new();
        std::io::stdin().read_to_end(&mut b).map_err(|e| format!("cannot read stdin: {e}"))?;
        b
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "`{}` is not UTF-8 (invalid byte at offset {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

fn load(path: &Path, options: asm2wasm::check::Options) -> Result<FileReport, u8> {
    let text = read(path).map_err(|e| {
        eprintln!("error: {e}");
        USAGE
    })?;
    let name =
        if path == Path::new("-") { "<stdin>".to_string() } else { path.display().to_string() };
    Ok(asm2wasm::with_big_stack(move || asm2wasm::check_source_opts(&name, text, options)))
}

/// Print the diagnostics of a report; the number of errors.
fn report_diagnostics(report: &FileReport, format: Format, max_errors: usize) -> usize {
    let src = report.source();
    let mut shown = 0;
    for d in &report.diagnostics {
        if d.is_error() {
            shown += 1;
            if shown > max_errors {
                continue;
            }
        }
        match format {
            Format::Human => eprintln!("{}", src.render(d)),
            Format::Json => {
                use std::io::Write as _;
                if writeln!(std::io::stdout(), "{}", src.render_json(d)).is_err() {
                    // The reader went away (`| head`): nothing more to show.
                    break;
                }
            }
        }
    }
    let errors = report.error_count();
    if errors > 0 && format == Format::Human {
        let more = if errors > max_errors {
            format!(" ({} not shown, see --max-errors)", errors - max_errors)
        } else {
            String::new()
        };
        eprintln!("error: `{}` is not valid asm.js: {errors} error(s){more}", report.name);
    }
    errors
}

fn check(args: &CheckArgs) -> ExitCode {
    let (mut worst, options) = (0u8, args.threads.options());
    for path in &args.files {
        let report = match load(path, options) {
            Ok(r) => r,
            Err(code) => {
                worst = worst.max(code);
                continue;
            }
        };
        let errors = report_diagnostics(&report, args.format, args.max_errors);
        if args.verbose {
            for m in &report.modules {
                let line = report.lines().line_col(&report.text, m.span.lo).line;
                match &m.typed {
                    Some(t) => {
                        let exports: Vec<&str> = t.exports.iter().map(|e| e.0.as_str()).collect();
                        eprintln!(
                            "module `{}` at {}:{line}: {} functions, {} tables, exports {}",
                            m.name,
                            report.name,
                            t.functions.len(),
                            t.tables.len(),
                            if exports.is_empty() {
                                "nothing".to_string()
                            } else {
                                exports.join(", ")
                            }
                        );
                    }
                    None => eprintln!("module `{}` at {}:{line}: invalid", m.name, report.name),
                }
            }
        }
        if errors > 0 {
            worst = worst.max(INVALID);
        } else if args.format == Format::Human {
            eprintln!("ok: `{}`: {} asm.js module(s) valid", report.name, report.modules.len());
        }
    }
    ExitCode::from(worst)
}

fn module_list(report: &FileReport) -> String {
    report
        .modules
        .iter()
        .enumerate()
        .map(|(i, m)| {
            format!(
                "  {i}: `{}` at line {}",
                m.name,
                report.lines().line_col(&report.text, m.span.lo).line
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Report a failed translation; its exit code: a limit of wasm is the
/// input's (1), an output that does not validate is ours (3).
fn translation_failed(e: &asm2wasm::codegen::Error) -> u8 {
    eprintln!("error: {e}");
    match e {
        asm2wasm::codegen::Error::Limit(_) => INVALID,
        asm2wasm::codegen::Error::Invalid(_) => INTERNAL,
    }
}

/// The module `--module` names (by name or index), or the file's only one.
fn pick_module(report: &FileReport, sel: Option<&str>, or: &str) -> Result<usize, u8> {
    let n = report.modules.len();
    let found = match sel {
        Some(sel) => match sel.parse::<usize>() {
            Ok(i) if i < n => Some(i),
            _ => report.modules.iter().position(|m| m.name == sel),
        },
        None if n == 1 => Some(0),
        None => {
            eprintln!(
                "error: `{}` holds {n} asm.js modules; pick one with `--module NAME|INDEX`{or}:\n{}",
                report.name,
                module_list(report)
            );
            return Err(USAGE);
        }
    };
    found.ok_or_else(|| {
        eprintln!(
            "error: no module `{}` in `{}`; it holds:\n{}",
            sel.unwrap_or_default(),
            report.name,
            module_list(report)
        );
        USAGE
    })
}

#[cfg(feature = "run")]
/// `asm2wasm run`: translate (or read) the module, instantiate it in the
/// embedded wasmtime, call one export, print the result as JS's `String`
/// would. The host is [`asm2wasm_run::Console`] (`docs/host-interface.md`):
/// a module that imports anything else from `foreign` is refused, each such
/// import named with its type, before anything runs.
fn run(args: &RunArgs) -> Result<(), u8> {
    let bytes = std::fs::read(&args.input).map_err(|e| {
        eprintln!("error: cannot read `{}`: {e}", args.input.display());
        USAGE
    })?;
    let (wasm, map) = if bytes.starts_with(b"\0asm") {
        let map = asm2wasm::positions::map_of(&args.input, &bytes);
        (bytes, map)
    } else {
        let options = args.threads.options();
        let report = load(&args.input, options)?;
        if report_diagnostics(&report, Format::Human, 50) > 0 {
            return Err(INVALID);
        }
        let index = pick_module(&report, args.module.as_deref(), "")?;
        let opts = Options { import_memory: true, jobs: options.jobs, ..Options::default() };
        let (wasm, map) =
            report.translate_mapped(index, &opts).map_err(|e| translation_failed(&e))?;
        (wasm, Some(map))
    };
    let limits = asm2wasm_run::Limits {
        fuel: args.fuel,
        timeout: args.timeout,
        max_memory: args.max_memory,
    };
    // Compiled once: asked for its imports, then instantiated.
    let mut program = asm2wasm_run::Program::compile(&wasm, limits).map_err(|e| {
        eprintln!("error: {e:#}");
        INVALID
    })?;
    if program.is_wasi_command() {
        return run_wasi_command(args, &program);
    }
    if !args.dirs.is_empty() || !args.env.is_empty() {
        eprintln!(
            "error: `--dir` and `--env` are for a WASI command (a `.wasm` exporting `_start` and importing only `{}`); `{}` is not one",
            asm2wasm_run::PREVIEW1,
            args.input.display()
        );
        return Err(USAGE);
    }
    let mut call_args = args.args.clone();
    for a in &args.rest {
        call_args.push(parse_js_number(a).map_err(|e| {
            eprintln!("error: invalid value '{a}' for '[ARGS]...': {e}");
            USAGE
        })?);
    }
    program.set_heap_length(args.heap_size.unwrap_or(16 << 20));
    let imports = program.foreign_imports();
    let values: std::collections::HashMap<String, f64> = args.foreign.iter().cloned().collect();
    let missing: Vec<String> = imports
        .iter()
        .filter(|i| {
            if i.function {
                !asm2wasm_run::CONSOLE_FUNCTIONS.contains(&i.name.as_str())
            } else {
                !values.contains_key(&i.name)
            }
        })
        .map(|i| format!("  {i}"))
        .collect();
    if !missing.is_empty() {
        eprintln!(
            "error: the module imports from `foreign` what the host of `asm2wasm run` does not provide:\n{}\n\
             the host provides the functions {} (docs/host-interface.md), and values given with `--foreign NAME=NUMBER`",
            missing.join("\n"),
            asm2wasm_run::CONSOLE_FUNCTIONS.join(", ")
        );
        return Err(INVALID);
    }
    let console =
        asm2wasm_run::Console { values, trace: args.trace, out: Box::new(std::io::stdout()) };
    let mut instance = program.instantiate(Box::new(console)).map_err(|e| {
        eprintln!("error: {e:#}");
        INVALID
    })?;
    let exports = instance.exports();
    let name = match (&args.call, exports.as_slice()) {
        (Some(name), _) => name.clone(),
        (None, [only]) => only.clone(),
        (None, _) => {
            eprintln!(
                "error: the module exports {} functions; pick one with `--call NAME`: {}",
                exports.len(),
                exports.join(", ")
            );
            return Err(USAGE);
        }
    };
    if !exports.contains(&name) {
        eprintln!("error: no export `{name}`; the module exports: {}", exports.join(", "));
        return Err(USAGE);
    }
    match instance.call(&name, &call_args) {
        Ok(result) => {
            let text = match result {
                None => "undefined".to_string(),
                Some(v) if v == 0.0 && !args.exact_print => "0".to_string(),
                Some(v) => asm2wasm_run::js_number(v),
            };
            println!("{text}");
            Ok(())
        }
        Err(e) => match stopped_by_a_limit(&e, &name, args) {
            Some(code) => Err(code),
            None => {
                eprintln!("error: `{name}` stopped: {}", e.root_cause());
                for (k, frame) in asm2wasm_run::backtrace(&e).into_iter().enumerate() {
                    let (function, deep) = match frame.times {
                        1 => (frame.function, String::new()),
                        n => (frame.function, format!(" ({n} calls deep)")),
                    };
                    let place = map
                        .as_ref()
                        .zip(frame.offset)
                        .and_then(|(m, o)| asm2wasm::positions::lookup(m, o));
                    match place {
                        Some(p) => {
                            let inlined = match &p.function {
                                Some(f) if *f != function => {
                                    format!(" (in `{f}`, emitted in place of its call)")
                                }
                                _ => String::new(),
                            };
                            eprintln!("  in asm.js function `{function}`{deep}, at {p}{inlined}");
                            if let (0, Some(text)) = (k, &p.text) {
                                eprintln!("{:>6} | {}", p.line, text.trim());
                            }
                        }
                        None => eprintln!("  in asm.js function `{function}`{deep}"),
                    }
                }
                Err(TRAPPED)
            }
        },
    }
}

#[cfg(feature = "run")]
/// When `e` is `--fuel` or `--timeout` ending the run of `name`: say so,
/// and give the exit code for it.
fn stopped_by_a_limit(e: &asm2wasm_run::Error, name: &str, args: &RunArgs) -> Option<u8> {
    match e.downcast_ref::<asm2wasm_run::Trap>()? {
        asm2wasm_run::Trap::OutOfFuel => {
            eprintln!("error: `{name}` ran out of fuel (--fuel {})", args.fuel.unwrap_or(0));
        }
        asm2wasm_run::Trap::Interrupt => eprintln!(
            "error: `{name}` timed out (--timeout {}s)",
            args.timeout.unwrap_or_default().as_secs_f64()
        ),
        _ => return None,
    }
    Some(STOPPED)
}

#[cfg(feature = "run")]
/// `asm2wasm run` of a WASI command: `_start` in `wasmtime-wasi`'s
/// preview1, given nothing but the file name and the arguments after `--`,
/// the `--env` variables and the `--dir` directories (`docs/wasi.md`). The
/// exit status is the command's (`proc_exit(n)`: `n`, low 8 bits).
fn run_wasi_command(args: &RunArgs, program: &asm2wasm_run::Program) -> Result<(), u8> {
    let input = args.input.display();
    let asm_only = [
        ("--call", args.call.is_some()),
        ("--module", args.module.is_some()),
        ("--heap-size", args.heap_size.is_some()),
        ("--foreign", !args.foreign.is_empty()),
        ("--exact-print", args.exact_print),
        ("--trace", args.trace),
    ];
    if let Some((flag, _)) = asm_only.iter().find(|(_, used)| *used) {
        eprintln!(
            "error: `{flag}` is for an asm.js module; `{input}` is a WASI command, which runs its `_start` (its arguments go after `--`)"
        );
        return Err(USAGE);
    }
    if !args.args.is_empty() {
        eprintln!(
            "error: `{input}` is a WASI command: its arguments go after `--` (`asm2wasm run {input} -- ARGS...`)"
        );
        return Err(USAGE);
    }
    let name =
        args.input.file_name().map_or_else(|| input.to_string(), |n| n.to_string_lossy().into());
    let mut argv = vec![name.clone()];
    argv.extend(args.rest.iter().cloned());
    let options =
        asm2wasm_run::WasiOptions { args: argv, env: args.env.clone(), dirs: args.dirs.clone() };
    match program.run_command(&options) {
        Ok(status) => match status as u8 {
            0 => Ok(()),
            code => Err(code),
        },
        Err(asm2wasm_run::CommandError::Dir(path, e)) => {
            eprintln!("error: --dir: cannot open `{}`: {e:#}", path.display());
            Err(USAGE)
        }
        Err(e @ asm2wasm_run::CommandError::Instantiate(_)) => {
            eprintln!("error: {e}");
            Err(INVALID)
        }
        Err(asm2wasm_run::CommandError::Stopped(e)) => match stopped_by_a_limit(&e, &name, args) {
            Some(code) => Err(code),
            None => {
                eprintln!("error: `{name}` stopped: {}", e.root_cause());
                for frame in asm2wasm_run::backtrace(&e) {
                    let deep = match frame.times {
                        1 => String::new(),
                        n => format!(" ({n} calls deep)"),
                    };
                    eprintln!("  in function `{}`{deep}", frame.function);
                }
                Err(TRAPPED)
            }
        },
    }
}

fn translate(args: &TranslateArgs) -> ExitCode {
    match translate_inner(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => ExitCode::from(code),
    }
}

fn translate_inner(args: &TranslateArgs) -> Result<(), u8> {
    let (input, output) = (args.input.as_ref().unwrap(), args.output.as_ref().unwrap());
    let options = args.threads.options();
    let jobs = options.jobs;
    let report = load(input, options)?;
    if report_diagnostics(&report, Format::Human, 50) > 0 {
        return Err(INVALID);
    }
    let layout = if args.wasi {
        let dir = input.parent().unwrap_or(Path::new("."));
        asm2wasm::wasi::emscripten::program_layout(&report.text, dir).map_err(|e| {
            eprintln!("error: {}: {e}", input.display());
            INVALID
        })?
    } else {
        None
    };
    let heap_size = args.heap_size.or(layout.as_ref().and_then(|l| l.total_memory));
    let heap_size = heap_size.unwrap_or(16 << 20);
    let opts = Options {
        heap_size,
        import_memory: args.import_memory,
        heap_checks: if args.heap_checks == Checks::Trap {
            HeapChecks::Trap
        } else {
            HeapChecks::Exact
        },
        branch_hints: !args.no_branch_hints,
        checks_out_of_line: args.optimize_size,
        inline: !args.no_inline,
        jobs,
    };
    if args.emit == Emit::Js || args.inline {
        return emit_loader(&report, &opts, args, output);
    }
    if args.wasi && opts.heap_checks == HeapChecks::Trap {
        eprintln!(
            "error: `--wasi` needs exact heap checks: its functions keep bytes past the heap"
        );
        return Err(USAGE);
    }
    let picked: Vec<usize> = if args.all {
        (0..report.modules.len()).collect()
    } else {
        vec![pick_module(&report, args.module.as_deref(), ", or translate them all with `--all`")?]
    };
    if args.all {
        std::fs::create_dir_all(output).map_err(|e| {
            eprintln!("error: cannot create directory `{}`: {e}", output.display());
            USAGE
        })?;
    }
    if args.source_map && (args.emit != Emit::Wasm || output == Path::new("-")) {
        eprintln!(
            "error: `--source-map` writes OUT.map beside a `.wasm` file: use `--emit wasm` and `-o FILE`"
        );
        return Err(USAGE);
    }
    let mut used_names = std::collections::HashSet::new();
    for i in picked {
        let (wasm, map) = if args.source_map {
            let (wasm, map) =
                report.translate_mapped(i, &opts).map_err(|e| translation_failed(&e))?;
            (wasm, Some(map))
        } else {
            (report.translate(i, &opts).map_err(|e| translation_failed(&e))?, None)
        };
        let wasm = if args.wasi {
            let command = asm2wasm::wasi::CommandOptions {
                entry: args.entry.as_deref(),
                heap_size,
                print_result: args.print_result,
                emscripten: layout.as_ref(),
            };
            asm2wasm::wasi::command(&wasm, &command).map_err(|e| {
                eprintln!("error: `{}` cannot be a WASI command: {e}", report.modules[i].name);
                INVALID
            })?
        } else {
            wasm
        };
        if let Some(typed) = &report.modules[i].typed
            && !opts.import_memory
            && asm2wasm::codegen::memory_export(typed) != asm2wasm::codegen::MEMORY
        {
            eprintln!(
                "note: `{}` exports a function named `{}`: the memory is exported as `{}` (docs/abi.md)",
                report.modules[i].name,
                asm2wasm::codegen::MEMORY,
                asm2wasm::codegen::MEMORY_TAKEN
            );
        }
        let bytes = match args.emit {
            Emit::Wasm => wasm,
            Emit::Wat => asm2wasm::to_wat(&wasm).into_bytes(),
            Emit::Js => unreachable!("`--emit js` is written by `emit_loader`"),
        };
        let path = if args.all {
            let ext = if args.emit == Emit::Wat { "wat" } else { "wasm" };
            let mut stem: String = report.modules[i]
                .name
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' })
                .collect();
            if !used_names.insert(stem.clone()) {
                stem = format!("{stem}.{i}");
            }
            output.join(format!("{stem}.{ext}"))
        } else {
            output.clone()
        };
        let bytes = match map {
            Some(map) => {
                let mut map_path = path.clone().into_os_string();
                map_path.push(".map");
                let map_path = PathBuf::from(map_path);
                let mut json = Vec::new();
                map.to_writer(&mut json).map_err(|e| {
                    eprintln!("error: cannot write the source map: {e}");
                    INTERNAL
                })?;
                write(&map_path, &json)?;
                let url = map_path.file_name().unwrap().to_string_lossy().into_owned();
                asm2wasm::positions::with_url(bytes, &url)
            }
            None => bytes,
        };
        write(&path, &bytes)?;
    }
    Ok(())
}

/// `--emit js`: the program with the loader (`docs/loader.md`), every
/// module translated with an imported memory; the wasm beside the script
/// (`out.wasm`, or `out.N.wasm` for several modules) or, with `--inline`, in it.
fn emit_loader(
    report: &FileReport,
    opts: &Options,
    args: &TranslateArgs,
    output: &Path,
) -> Result<(), u8> {
    use asm2wasm::loader;
    if args.emit != Emit::Js || args.all || args.module.is_some() {
        eprintln!(
            "error: `--inline` goes with `--emit js`, which translates every module of the program (no `--all` or `--module`)"
        );
        return Err(USAGE);
    }
    if output == Path::new("-") && !args.inline {
        eprintln!(
            "error: `--emit js -o -` writes the script to stdout: add `--inline` to carry the wasm in it"
        );
        return Err(USAGE);
    }
    let modules = loader::translate(report, opts).map_err(|e| translation_failed(&e))?;
    let stem =
        output.file_stem().map_or_else(|| "out".into(), |s| s.to_string_lossy().into_owned());
    let files: Vec<String> =
        (0..modules.len())
            .map(|i| {
                if modules.len() == 1 { format!("{stem}.wasm") } else { format!("{stem}.{i}.wasm") }
            })
            .collect();
    let placement = if args.inline {
        loader::Placement::Inline
    } else {
        loader::Placement::Files(files.clone())
    };
    let emitted = loader::emit(&report.text, &modules, &placement).map_err(|e| {
        eprintln!("error: {e}");
        INTERNAL
    })?;
    for a in &emitted.allocations {
        let line = report.lines().line_col(&report.text, a.span.lo).line;
        eprintln!(
            "note: {}:{line}: the heap allocation `{}` (stored in `{}`) now calls the loader's allocator",
            report.name, a.text, a.target
        );
    }
    if emitted.allocations.is_empty() {
        eprintln!(
            "warning: no heap allocation that reaches a module was recognised in `{}`: the program must pass \
             a heap from `asm2wasmLoader.heap(bytes)`, or the modules throw when called (docs/loader.md)",
            report.name
        );
    }
    if !args.inline {
        let dir = output.parent().unwrap_or(Path::new(""));
        for (m, file) in modules.iter().zip(&files) {
            write(&dir.join(file), &m.wasm)?;
        }
    }
    write(output, emitted.js.as_bytes())
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), u8> {
    let r = if path == Path::new("-") {
        std::io::stdout().write_all(bytes).and_then(|()| std::io::stdout().flush())
    } else {
        std::fs::write(path, bytes)
    };
    r.map_err(|e| {
        eprintln!("error: cannot write `{}`: {e}", path.display());
        USAGE
    })
}
