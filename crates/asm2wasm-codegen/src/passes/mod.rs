//! The passes over the intermediate form ([`crate::ir`]), each in a file of
//! its own with tests that state a function before and after.
//!
//! They run on every function after it is lowered ([`crate::func`]), in
//! the order of [`run`]. Each keeps the function's values and effects, in
//! the same order; each is a rewrite a test can state on a few lines of
//! the form, without the asm.js that would lower to them.

pub(crate) mod balance;
pub(crate) mod inline;
pub(crate) mod negate;
pub(crate) mod select;
pub(crate) mod shifts;

use wasm_encoder::ValType;

use crate::ir::Code;

/// The locals a pass adds to a function.
pub(crate) struct Locals<'a> {
    /// The index the next one gets: the function's count of locals.
    pub(crate) next: u32,
    /// Their types, appended to the function's.
    pub(crate) added: &'a mut Vec<ValType>,
}

impl Locals<'_> {
    /// A new local of type `t`.
    pub(crate) fn add(&mut self, t: ValType) -> u32 {
        self.added.push(t);
        self.next += 1;
        self.next - 1
    }
}

/// Run every pass but inlining (which [`crate::func`] runs first, with the
/// module's functions) on `code`, which has its locals before
/// `locals.next`.
pub(crate) fn run(code: &mut Code, locals: &mut Locals<'_>) {
    select::run(code, locals);
    shifts::run(code);
    negate::run(code);
    balance::run(code);
}

/// The tests' round trip: `before` read ([`crate::ir::parse`]), `pass`
/// run on it, the result printed.
#[cfg(test)]
pub(crate) fn apply(pass: fn(&mut Code), before: &str) -> String {
    let mut code = crate::ir::parse(before);
    pass(&mut code);
    crate::ir::print(&code)
}

/// `text` as [`crate::ir::print`] prints it: its lines trimmed of the
/// indentation a test writes them with, then indented by nesting.
#[cfg(test)]
pub(crate) fn normal(text: &str) -> String {
    crate::ir::print(&crate::ir::parse(text))
}
