//! asm2wasm: translate asm.js into WebAssembly. This crate is the CLI and the
//! one-call facade over the phase crates (`asm2wasm-syntax` -> `asm2wasm-check`
//! -> `asm2wasm-codegen`).
//!
//! [`check_source`] runs the front end and the validator over a whole file and
//! returns every module's verdict and every diagnostic; [`FileReport::translate`]
//! turns one valid module into wasm bytes; [`with_big_stack`] runs work where
//! deeply nested input cannot overflow the stack.
//!
//! ```
//! let report = asm2wasm::with_big_stack(|| asm2wasm::check_source("add.js", r#"
//!     function M() { "use asm"; function f(x) { x = x|0; return (x + 1)|0; } return f; }
//! "#.to_string()));
//! assert!(report.is_valid());
//! assert_eq!(report.modules[0].typed.as_ref().unwrap().functions.len(), 1);
//! ```

use std::sync::OnceLock;

use asm2wasm_check::TypedModule;
use asm2wasm_syntax::{Code, Diagnostic, Interner, LineIndex, SourceText, Span};

pub use asm2wasm_syntax::Jobs;

pub use asm2wasm_check as check;
pub use asm2wasm_codegen as codegen;
pub use asm2wasm_syntax as syntax;

mod diagnostics;
#[cfg(feature = "run")]
pub mod diff;
pub mod fuzz;
pub mod loader;
pub mod package;
pub mod positions;
pub mod wasi;

/// Stack for the thread that parses and checks: swc's expression parser
/// recurses once per nesting level, so it must hold
/// [`syntax::MAX_NESTING`] levels in a debug build. Only touched pages are
/// ever committed.
pub const STACK_SIZE: usize = 1 << 30;

/// Run `f` on a thread with a [`STACK_SIZE`] stack.
pub fn with_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(f)
        .expect("spawn the checking thread")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e))
}

/// One module's outcome.
#[derive(Debug)]
pub struct ModuleReport {
    /// Its display name.
    pub name: String,
    /// Where it stands.
    pub span: Span,
    /// The typed module, when it is valid.
    pub typed: Option<TypedModule>,
}

/// Everything found in one file.
#[derive(Debug)]
pub struct FileReport {
    /// The file's name, as shown in diagnostics.
    pub name: String,
    /// Its text.
    pub text: String,
    /// Its line starts, found when first asked for (a valid file may never need them).
    lines: OnceLock<LineIndex>,
    /// The modules found, in source order.
    pub modules: Vec<ModuleReport>,
    /// All diagnostics, in the order found.
    pub diagnostics: Vec<Diagnostic>,
    /// The file's identifiers.
    pub names: Interner,
}

impl FileReport {
    /// No errors, and at least one module.
    pub fn is_valid(&self) -> bool {
        !self.diagnostics.iter().any(Diagnostic::is_error)
    }
    /// The renderer for this file.
    pub fn source(&self) -> SourceText<'_> {
        SourceText { name: &self.name, text: &self.text, lines: self.lines() }
    }
    /// The line starts of the text.
    pub fn lines(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(&self.text))
    }
    /// How many errors.
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// [`FileReport::translate`], with a source map from the module's
    /// code offsets to the asm.js statements ([`positions`]).
    pub fn translate_mapped(
        &self,
        index: usize,
        opts: &codegen::Options,
    ) -> Result<(Vec<u8>, sourcemap::SourceMap), codegen::Error> {
        let typed = self.modules[index].typed.as_ref().expect("translate a valid module");
        let (wasm, at) = codegen::compile_mapped(typed, &self.names, opts)?;
        let functions: Vec<(&str, std::ops::Range<u32>)> = typed
            .functions
            .iter()
            .map(|f| (self.names.get(f.ast.name.sym), f.ast.span.lo..f.ast.span.hi))
            .collect();
        Ok((wasm, positions::source_map(&self.name, &self.text, self.lines(), &functions, &at)))
    }

    /// Translate module `index` (which must be valid) to wasm bytes.
    pub fn translate(
        &self,
        index: usize,
        opts: &codegen::Options,
    ) -> Result<Vec<u8>, codegen::Error> {
        let typed = self.modules[index].typed.as_ref().expect("translate a valid module");
        codegen::compile(typed, &self.names, opts)
    }
}

/// A heap length as the command line and `// heap:` give it: decimal or
/// `0x` hex, and an asm.js-legal length (`codegen::check_heap_size`).
pub fn parse_heap_size(s: &str) -> Result<u32, String> {
    let n = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => s.parse::<u64>(),
    }
    .map_err(|e| format!("`{s}` is not a number: {e}"))?;
    codegen::check_heap_size(n)
}

/// The text form (WAT) of a module, for `--emit wat` and the snapshots.
pub fn to_wat(wasm: &[u8]) -> String {
    wasmprinter::print_bytes(wasm).unwrap_or_else(|e| format!(";; cannot print: {e}"))
}

/// Parse and validate every asm.js module of a file, a big module's
/// functions on every core. A file with no module at all gets the error `E0003`.
pub fn check_source(name: &str, text: String) -> FileReport {
    check_source_with(name, text, Jobs::available())
}

/// [`check_source`], with a module's functions spread over threads as
/// `jobs` says. The report is the same for any `jobs`.
pub fn check_source_with(name: &str, text: String, jobs: Jobs) -> FileReport {
    check_source_opts(name, text, check::Options { strict: false, jobs })
}

/// [`check_source`], as `options` say (`strict`: the spec's letter).
pub fn check_source_opts(name: &str, text: String, options: check::Options) -> FileReport {
    let jobs = options.jobs;
    let parsed = syntax::parse_with(&text, jobs);
    let mut diagnostics = parsed.diagnostics;
    let found_any = !parsed.modules.is_empty();
    let mut modules = Vec::with_capacity(parsed.modules.len());
    for m in parsed.modules {
        let (name, span) = (m.name.clone(), m.span);
        let (typed, mut diags) = check::check_with(m, &parsed.interner, options);
        diagnostics.append(&mut diags);
        modules.push(ModuleReport { name, span, typed });
    }
    if !found_any && !diagnostics.iter().any(Diagnostic::is_error) {
        // Point at the first function that looked like asm.js, if any.
        let skipped = diagnostics.iter().find(|d| d.code == Code::W0001).map(|d| d.span);
        diagnostics.push(match skipped {
            Some(span) => diagnostics::no_module_but_skipped(span),
            None => diagnostics::no_module(),
        });
    }
    FileReport {
        name: name.to_string(),
        text,
        lines: OnceLock::new(),
        modules,
        diagnostics,
        names: parsed.interner,
    }
}
