//! What every phase of asm2wasm shares, with no parser in it: the source
//! [`Span`] and [`Diagnostic`] (with its [`Code`] and renderers), the
//! asm.js AST of [`ast`] with its symbols ([`Sym`], [`Interner`]), the
//! threads of [`jobs`] and the stack growth of [`stack`]. The front end
//! (`asm2wasm-syntax`, on swc) makes these; the checker and the code
//! generator read them without depending on swc.
//!
//! ```
//! use asm2wasm_base::{Code, Diagnostic, Interner, Span};
//! let mut names = Interner::default();
//! let x = names.intern("x");
//! assert_eq!(names.get(x), "x");
//! let d = Diagnostic::error(Code::E0140, Span::new(0, 1), "mismatched operands");
//! assert_eq!(d.code.as_str(), "E0140");
//! ```

use rustc_hash::FxHashMap;

pub mod ast;
mod diagnostic;
pub mod jobs;
pub mod stack;

pub use diagnostic::{
    Code, Diagnostic, Engine, LineCol, LineIndex, MAX_COLUMNS, Severity, SourceText, Span,
    engine_refuses,
};
pub use jobs::Jobs;

/// An interned identifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(pub u32);

/// Identifier text to [`Sym`] and back, for one file.
#[derive(Debug, Default)]
pub struct Interner {
    map: FxHashMap<Box<str>, Sym>,
    names: Vec<Box<str>>,
}

impl Interner {
    /// The symbol of `s`, new or known.
    pub fn intern(&mut self, s: &str) -> Sym {
        if let Some(&sym) = self.map.get(s) {
            return sym;
        }
        let sym = Sym(self.names.len() as u32);
        self.names.push(s.into());
        self.map.insert(s.into(), sym);
        sym
    }
    /// Room for `n` more symbols without growing (for callers that make
    /// many names at once, such as the tests that build huge modules).
    pub fn reserve(&mut self, n: usize) {
        self.map.reserve(n);
        self.names.reserve(n);
    }
    /// The text of `sym`.
    pub fn get(&self, sym: Sym) -> &str {
        &self.names[sym.0 as usize]
    }
    /// The symbol of `s`, if it was interned.
    pub fn lookup(&self, s: &str) -> Option<Sym> {
        self.map.get(s).copied()
    }
    /// How many symbols there are (every [`Sym`] is below this).
    pub fn len(&self) -> usize {
        self.names.len()
    }
    /// No symbols yet.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
    /// Every symbol's text, in symbol order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(|n| &**n)
    }
}
