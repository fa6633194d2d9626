//! The asm.js validator: the rules of asmjs.org/spec/latest (with `Math.fround`)
//! over the AST of `asm2wasm-syntax`, producing a [`TypedModule`].
//!
//! In: one [`ast::Module`] and the file's [`Interner`]. Out: the typed module,
//! in which every expression carries its [`Ty`] and every name is resolved
//! ([`ExprInfo`]), so that codegen never re-derives anything; or the
//! diagnostics that say why the module is not asm.js.
//!
//! What it accepts is what the engines accepted: every module that both V8
//! and SpiderMonkey validate, though the spec's letter refuses some of them
//! (nested additive chains, module-level `const`, `Math.min` on floats, ...;
//! `docs/semantics.md` has the table). [`Options::strict`] gives the spec's
//! letter instead. Where the engines disagree and we accept, a `W01xx`
//! warning names the engine that would run the module as plain JS. Methods are named after the spec's sections
//! (`validate_module` is 6.1 `ValidateModule`, ...). Checking recovers at
//! statement granularity: one bad statement does not hide the next.
//!
//! ```
//! let parsed = asm2wasm_syntax::parse(r#"
//!     function M(stdlib) {
//!         "use asm";
//!         var sqrt = stdlib.Math.sqrt;
//!         function hyp(a, b) { a = +a; b = +b; return +sqrt(a * a + b * b); }
//!         return { hyp: hyp };
//!     }
//! "#);
//! let mut modules = parsed.modules;
//! let (typed, diagnostics) = asm2wasm_check::check(modules.remove(0), &parsed.interner);
//! assert!(diagnostics.is_empty());
//! let typed = typed.unwrap();
//! assert_eq!(typed.functions[0].sig.to_string(), "(double, double) -> double");
//! ```

mod diagnostics;
mod function;
pub mod limits;
mod module;
mod types;

use asm2wasm_base::{Diagnostic, Interner, Jobs, ast};

pub use types::*;

/// How to check.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// The spec's letter: refuse what the spec refuses even where both
    /// engines accept it (`asm2wasm check --strict`).
    pub strict: bool,
    /// Threads for the function bodies; the result is the same for any.
    pub jobs: Jobs,
}

/// Check one module, the function bodies of a big one on every core
/// ([`Jobs::available`]). The typed module comes back only when there were
/// no errors.
pub fn check(module: ast::Module, names: &Interner) -> (Option<TypedModule>, Vec<Diagnostic>) {
    check_with(module, names, Options { strict: false, jobs: Jobs::available() })
}

/// [`check`], as `options` say.
pub fn check_with(
    module: ast::Module,
    names: &Interner,
    options: Options,
) -> (Option<TypedModule>, Vec<Diagnostic>) {
    module::ModuleChecker::new(names, options.strict).validate_module(module, options.jobs)
}
