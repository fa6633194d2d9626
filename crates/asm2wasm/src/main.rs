//! The `asm2wasm` command line. Exit codes: 0 valid, 1 invalid input, 2 usage or I/O error.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(name = "asm2wasm", version, about = "Translate asm.js into WebAssembly")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate asm.js modules and report every error with its place and a fix.
    Check(CheckArgs),
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

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { USAGE } else { 0 });
        }
    };
    match cli.command {
        Command::Check(args) => check(args),
    }
}

fn read(path: &PathBuf) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| format!("`{}` is not UTF-8 (invalid byte at offset {})", path.display(), e.utf8_error().valid_up_to()))
}

fn check(args: CheckArgs) -> ExitCode {
    let mut worst = 0u8;
    for path in &args.files {
        let text = match read(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: {e}");
                worst = USAGE;
                continue;
            }
        };
        let name = path.display().to_string();
        let report = asm2wasm::with_big_stack(move || asm2wasm::check_source(&name, text));
        let src = report.source();
        let mut shown = 0;
        for d in &report.diagnostics {
            if d.is_error() {
                shown += 1;
                if shown > args.max_errors {
                    continue;
                }
            }
            match args.format {
                Format::Human => eprintln!("{}", src.render(d)),
                Format::Json => println!("{}", src.render_json(d)),
            }
        }
        let errors = report.error_count();
        if args.verbose {
            for m in &report.modules {
                let line = report.lines.line_col(&report.text, m.span.lo).line;
                match &m.typed {
                    Some(t) => {
                        let exports: Vec<&str> = t.exports.iter().map(|e| e.0.as_str()).collect();
                        eprintln!(
                            "module `{}` at {}:{line}: {} functions, {} tables, exports {}",
                            m.name,
                            report.name,
                            t.functions.len(),
                            t.tables.len(),
                            if exports.is_empty() { "nothing".to_string() } else { exports.join(", ") }
                        );
                    }
                    None => eprintln!("module `{}` at {}:{line}: invalid", m.name, report.name),
                }
            }
        }
        if errors > 0 {
            worst = worst.max(INVALID);
            if args.format == Format::Human {
                let more = if errors > args.max_errors { format!(" ({} not shown, see --max-errors)", errors - args.max_errors) } else { String::new() };
                eprintln!("error: `{}` is not valid asm.js: {errors} error(s){more}", report.name);
            }
        } else if args.format == Format::Human {
            eprintln!("ok: `{}`: {} asm.js module(s) valid", report.name, report.modules.len());
        }
    }
    ExitCode::from(worst)
}
