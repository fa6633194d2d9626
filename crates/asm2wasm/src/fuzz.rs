//! The per-input work of the translator's fuzzing: one text through
//! [`check_source`](crate::check_source) and, when it validates, every module
//! through [`codegen::compile`] in each of [`configurations`]. Shared by
//! `tests/mutate.rs` (deterministic mutants of the testsuite, on stable) and
//! `fuzz/fuzz_targets/translate.rs` (cargo-fuzz), so that both hold the
//! translator to the same contract: every module the validator accepts
//! translates, and the bytes validate.
//!
//! ```
//! let text = r#"function M() { "use asm"; function f() { return 1; } return f; }"#;
//! let out = asm2wasm::with_big_stack(move || asm2wasm::fuzz::translate_all(text.to_string()));
//! let out = out.unwrap();
//! assert!(out.valid);
//! assert_eq!(out.translations.len(), asm2wasm::fuzz::configurations().len());
//! assert!(out.translations.iter().all(|t| wasmparser::validate(&t.wasm).is_ok()));
//! ```

use crate::codegen::{self, HeapChecks, Options};
use crate::{FileReport, Jobs};

/// The option sets every valid module is translated with, each with a
/// short name for messages:
///
/// - `exact`: the defaults (JS's out-of-bounds behaviour, with its bounds
///   checks, guards and branch hints; small functions inlined; a 16 MiB heap);
/// - `trap`: out-of-bounds accesses trap, no inlining, no branch hints, the
///   memory imported.
///
/// Both run on the calling thread ([`Jobs::SEQUENTIAL`]): a fuzzer's inputs
/// are small, and its callers bring their own threads.
pub fn configurations() -> [(&'static str, Options); 2] {
    [
        ("exact", Options { jobs: Jobs::SEQUENTIAL, ..Options::default() }),
        (
            "trap",
            Options {
                heap_checks: HeapChecks::Trap,
                inline: false,
                branch_hints: false,
                import_memory: true,
                jobs: Jobs::SEQUENTIAL,
                ..Options::default()
            },
        ),
    ]
}

/// One module of the input translated with one of [`configurations`].
#[derive(Debug)]
pub struct Translation {
    /// The module's index in [`FileReport::modules`].
    pub module: usize,
    /// The configuration's name (see [`configurations`]).
    pub config: &'static str,
    /// The bytes. [`codegen::compile`] has validated them with `wasmparser`;
    /// callers may check them again, independently.
    pub wasm: Vec<u8>,
}

/// What [`translate_all`] did with one input.
#[derive(Debug)]
pub struct Outcome {
    /// The validator's verdict on the file ([`FileReport::is_valid`]).
    pub valid: bool,
    /// Every module in every configuration, module by module; empty when
    /// the file is not valid.
    pub translations: Vec<Translation>,
    /// The file's report, for its diagnostics.
    pub report: FileReport,
}

/// Check `text` and, when it is valid, translate each of its modules in
/// each of [`configurations`]. `Err` says which module and configuration
/// failed, and why: a valid file with a module that has no typed form, or
/// a translation error (the generated module did not validate), is a bug
/// in asm2wasm. A panic is passed on to the caller.
///
/// Deeply nested input needs a big stack: call it inside
/// [`with_big_stack`](crate::with_big_stack) or on a thread with a
/// [`STACK_SIZE`](crate::STACK_SIZE) stack.
pub fn translate_all(text: String) -> Result<Outcome, String> {
    let report = crate::check_source_with("fuzz.js", text, Jobs::SEQUENTIAL);
    let valid = report.is_valid();
    let mut translations = Vec::new();
    if valid {
        let configs = configurations();
        for (index, module) in report.modules.iter().enumerate() {
            let Some(typed) = &module.typed else {
                return Err(format!(
                    "module {index} ({}) has no typed form, yet the file has no errors",
                    module.name
                ));
            };
            for (config, opts) in &configs {
                let wasm = codegen::compile(typed, &report.names, opts).map_err(|e| {
                    format!("module {index} ({}), {config} configuration: {e}", module.name)
                })?;
                translations.push(Translation { module: index, config, wasm });
            }
        }
    }
    Ok(Outcome { valid, translations, report })
}
