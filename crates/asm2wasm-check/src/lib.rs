//! The asm.js validator: the rules of asmjs.org/spec/latest (with `Math.fround`)
//! over the AST of `asm2wasm-syntax`, producing a [`TypedModule`].
//!
//! In: one [`ast::Module`] and the file's [`Interner`]. Out: the typed module,
//! in which every expression carries its [`Ty`] and every name is resolved
//! ([`ExprInfo`]), so that codegen never re-derives anything; or the
//! diagnostics that say why the module is not asm.js. It refuses everything
//! the spec refuses. Methods are named after the spec's sections
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

mod function;
mod module;
mod types;

use asm2wasm_syntax::{Diagnostic, Interner, Jobs, ast};

pub use types::*;

/// Check one module, the function bodies of a big one on every core
/// ([`Jobs::available`]). The typed module comes back only when there were
/// no errors.
pub fn check(module: ast::Module, names: &Interner) -> (Option<TypedModule>, Vec<Diagnostic>) {
    check_with(module, names, Jobs::available())
}

/// [`check`], with the function bodies checked as `jobs` says. The result
/// is the same for any `jobs`.
pub fn check_with(
    module: ast::Module,
    names: &Interner,
    jobs: Jobs,
) -> (Option<TypedModule>, Vec<Diagnostic>) {
    module::ModuleChecker::new(names).validate_module(module, jobs)
}
