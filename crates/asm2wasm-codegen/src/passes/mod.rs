//! The passes over the intermediate form ([`crate::ir`]), each in a file of
//! its own with tests that state a function before and after.
//!
//! They run on every function after it is lowered ([`crate::func`]):
//! [`loops`] and [`guards`] on each body as it is lowered (a function's own,
//! and each body lowered to be inlined, for its place), then [`inline`],
//! [`checks`], and the rest in the order of [`run`]. Each keeps the
//! function's values and effects, in the same order; each is a rewrite a
//! test can state on a few lines of the form, without the asm.js that
//! would lower to them.

pub(crate) mod balance;
pub(crate) mod checks;
pub(crate) mod guards;
pub(crate) mod inline;
pub(crate) mod loops;
pub(crate) mod negate;
pub(crate) mod select;
pub(crate) mod shifts;

use wasm_encoder::ValType;

use crate::ConstGlobal;
use crate::ir::{Code, Inst, Op};

/// What the passes that merge bounds checks may assume of the heap length
/// `LEN`.
#[derive(Clone, Copy)]
pub(crate) struct HeapLen {
    /// `LEN` is at least this, a legal length (`LEN` itself when `fixed`).
    pub(crate) min: u32,
    /// `LEN` is `min`, known at translation; else it is read when the
    /// module is instantiated, and is at most `2^31 - 2^24`.
    pub(crate) fixed: bool,
}

impl HeapLen {
    /// Push `LEN - k`: a constant when `LEN` is fixed, else computed from
    /// the heap length (`k` is below its least value: no wrap).
    pub(crate) fn minus(self, k: u32, out: &mut Code) {
        if self.fixed {
            out.push(Inst::I32Const((self.min - k) as i32));
        } else {
            out.push(Inst::HeapLength);
            if k > 0 {
                out.extend([Inst::I32Const(k as i32), Inst::Op(Op::I32Sub)]);
            }
        }
    }
}

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

/// Run the passes that follow inlining and the checks' expansion (which
/// [`crate::func`] runs first) on `code`, which has its locals before
/// `locals.next`, each only where it has something to do; what the
/// function holds, read in the same walk.
pub(crate) fn run(code: &mut Code, locals: &mut Locals<'_>) -> Summary {
    let s = Summary::of(code);
    if s.select {
        select::run(code, locals);
    }
    if s.shifts {
        shifts::run(code);
    }
    if s.negate {
        negate::run(code);
    }
    if s.balance {
        balance::run(code);
    }
    s
}

/// What one walk of a function's code finds: which passes have something
/// to do (what no pass creates or removes, so it holds through them), and
/// what the lowering needs to finish the code.
pub(crate) struct Summary {
    select: bool,
    shifts: bool,
    negate: bool,
    balance: bool,
    /// It reads the heap length ([`Inst::HeapLength`]).
    pub(crate) heap_length: bool,
    /// Its bytes depend on the module's layout: it calls a helper or reads
    /// a NaN global. (The heap length's global comes first: its index
    /// never moves.)
    pub(crate) layout: bool,
}

impl Summary {
    fn of(code: &Code) -> Summary {
        let mut s = Summary {
            select: false,
            shifts: false,
            negate: false,
            balance: false,
            heap_length: false,
            layout: false,
        };
        // `and`, `or`, `xor`: a chain of four operands has three of a kind.
        let mut chained = [0u32; 3];
        for (i, inst) in code.iter().enumerate() {
            let before = |k: usize| i.checked_sub(k).map(|j| &code[j]);
            match inst {
                Inst::If(_) => {
                    s.select |= !matches!(before(1), Some(Inst::Hint(_)))
                        && select::short_if(code, i).is_some();
                }
                Inst::Op(Op::I32Shl) => {
                    s.shifts |= matches!(
                        (before(2), before(1)),
                        (Some(Inst::Op(Op::I32And)), Some(Inst::I32Const(_)))
                    );
                }
                Inst::BrIf(_) => s.negate |= matches!(before(1), Some(Inst::Op(Op::I32Eqz))),
                Inst::Op(Op::I32And) => chained[0] += 1,
                Inst::Op(Op::I32Or) => chained[1] += 1,
                Inst::Op(Op::I32Xor) => chained[2] += 1,
                Inst::HeapLength => s.heap_length = true,
                Inst::CallHelper(_) => s.layout = true,
                Inst::GetConst(c) => s.layout |= *c != ConstGlobal::HeapLength,
                _ => {}
            }
        }
        s.balance = chained.iter().any(|&n| n as usize + 1 >= balance::MIN_OPERANDS);
        s
    }
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
