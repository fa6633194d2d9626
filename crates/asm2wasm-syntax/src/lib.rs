//! The front end of asm2wasm: JavaScript text in, asm.js modules out.
//!
//! [`parse`] reads a whole JavaScript file with swc (as a script, or as an
//! ES module when only that parses), finds every function whose directive
//! prologue holds exactly `"use asm"` (a function declaration or expression,
//! at any depth: Emscripten's `Module["asm"] = (function(global, env, buffer)
//! { "use asm"; ... })(...)` included) and lowers each into the small asm.js
//! AST of [`ast`]. It refuses, with a [`Diagnostic`] at the span, every
//! construct asm.js does not allow (ES2015+ syntax included: swc accepts it,
//! we must not); the type rules are the checker's job (`asm2wasm-check`).
//! Parsing never panics and never fails: it returns what it found and the
//! diagnostics.
//!
//! ```
//! let parsed = asm2wasm_syntax::parse(r#"
//!     function Add(stdlib) {
//!         "use asm";
//!         function add(a, b) { a = a | 0; b = b | 0; return (a + b) | 0; }
//!         return add;
//!     }
//! "#);
//! assert!(parsed.diagnostics.is_empty());
//! assert_eq!(parsed.modules.len(), 1);
//! assert_eq!(parsed.modules[0].name, "Add");
//! ```

mod diagnostics;
mod find;
mod lower;
mod split;

pub use asm2wasm_base::{
    Code, Diagnostic, Engine, Interner, Jobs, LineCol, LineIndex, MAX_COLUMNS, Severity,
    SourceText, Span, Sym, ast, engine_refuses, jobs, stack,
};

/// What [`parse`] found in a file.
#[derive(Debug)]
pub struct Parsed {
    /// Every `"use asm"` module, in source order.
    pub modules: Vec<ast::Module>,
    /// The names used by the modules.
    pub interner: Interner,
    /// Syntax errors, constructs outside asm.js, skipped `"almost asm"` functions.
    pub diagnostics: Vec<Diagnostic>,
}

/// Deepest bracket nesting we hand to swc, whose expression parser recurses
/// without bound. Far deeper than any real program; a file beyond it gets a
/// diagnostic instead of a stack overflow.
pub const MAX_NESTING: usize = 20_000;

/// Parse a whole JavaScript file and lower every asm.js module in it, the
/// functions of a big module on every core ([`Jobs::available`]).
///
/// Deeply nested input recurses deeply (in swc and here): run this on a
/// thread with a large stack (the CLI uses 1 GiB, which holds
/// [`MAX_NESTING`] in a debug build).
pub fn parse(source: &str) -> Parsed {
    parse_with(source, Jobs::available())
}

/// [`parse`], with the functions of a module lowered as `jobs` says. The
/// result is the same for any `jobs`.
pub fn parse_with(source: &str, jobs: Jobs) -> Parsed {
    let mut diagnostics = Vec::new();
    let mut interner = Interner::default();
    if let Some(offset) = too_deep(source) {
        diagnostics.push(diagnostics::nested_too_deep(offset));
        return Parsed { modules: Vec::new(), interner, diagnostics };
    }
    let modules = find::find_modules(source, &mut interner, &mut diagnostics, jobs);
    Parsed { modules, interner, diagnostics }
}

/// What [`too_deep`] does with each byte: the change of depth of a bracket
/// (+1 opening, -1 closing), 0 for most bytes, [`SKIP`] for a byte that may
/// start a string or a comment.
const DEPTH_CHANGE: [i8; 256] = {
    let mut t = [0i8; 256];
    t[b'(' as usize] = 1;
    t[b'[' as usize] = 1;
    t[b'{' as usize] = 1;
    t[b')' as usize] = -1;
    t[b']' as usize] = -1;
    t[b'}' as usize] = -1;
    t[b'/' as usize] = SKIP;
    t[b'"' as usize] = SKIP;
    t[b'\'' as usize] = SKIP;
    t[b'`' as usize] = SKIP;
    t
};
const SKIP: i8 = 2;

/// The offset of the first bracket nested deeper than [`MAX_NESTING`], if any.
/// A lexical approximation (strings and comments are skipped, regular
/// expressions are not), which is all a bound needs. It runs before swc on
/// every byte of the file, so its loop has no branch a bracket can
/// mispredict: a table gives each byte's change of depth.
fn too_deep(src: &str) -> Option<u32> {
    let b = src.as_bytes();
    let (mut i, mut depth) = (0usize, 0isize);
    while i < b.len() {
        let change = DEPTH_CHANGE[b[i] as usize];
        if change != SKIP {
            depth = (depth + change as isize).max(0);
            if depth > MAX_NESTING as isize {
                return Some(i as u32);
            }
            i += 1;
            continue;
        }
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 1;
            }
            b'/' => {}
            q => {
                i += 1;
                while i < b.len() && b[i] != q {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
        }
        i += 1;
    }
    None
}
