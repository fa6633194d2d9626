//! The intermediate form between the checked module and wasm.
//!
//! A function is lowered ([`crate::func`]) to a list of [`Inst`]: wasm's
//! instructions, every value typed by its instruction (the coercions are
//! explicit conversions), heap accesses as a view and an offset past the
//! address below them on the stack, calls of asm.js functions and imports
//! resolved to their final indices. What is not final until every function
//! is lowered stays symbolic: the helpers called and the constant globals
//! read (their indices follow the asm.js functions and globals, and the
//! module has only those its code uses), and the heap length the checks
//! read. Branch hints and source positions are markers in the list, so
//! that code moves with its hints and lines: nothing keeps a byte offset
//! until [`encode()`] writes the bytes.
//!
//! An instruction is 16 bytes (the lowering's memory and the passes' copies
//! are the translation's cost: a `wasm_encoder::Instruction` is 48).
//! The passes ([`crate::passes`]) rewrite the list; [`tree`] and
//! [`operand_start`] read it as the tree of wasm's folded form, and the
//! text form (`text.rs`: `print` and `parse`) is what their tests state
//! functions in.

mod encode;
#[cfg(test)]
mod text;

use asm2wasm_check::View;
use wasm_encoder::{BlockType, ValType};

pub(crate) use encode::{Encoded, Layout, encode, load_op, store_op, to_stored, view_val};
#[cfg(test)]
pub(crate) use text::{parse, print};

use crate::ConstGlobal;
use crate::helpers::Helper;

/// One instruction of the intermediate form.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Inst {
    /// A wasm instruction without immediates.
    Op(Op),
    LocalGet(u32),
    LocalSet(u32),
    LocalTee(u32),
    GlobalGet(u32),
    GlobalSet(u32),
    I32Const(i32),
    F32Const(f32),
    F64Const(f64),
    Block(Ty),
    Loop(Ty),
    If(Ty),
    Br(u32),
    BrIf(u32),
    /// `br_table`: the targets, then the default.
    BrTable(Box<(Vec<u32>, u32)>),
    /// A call of function `func` (an import or an asm.js function), which
    /// takes `params` values and gives `results`.
    Call {
        func: u32,
        params: u16,
        results: u16,
    },
    /// A call through the table, the function's index on top of its
    /// `params` arguments, of type `ty`.
    CallIndirect {
        ty: u32,
        params: u16,
        results: u16,
    },
    /// A call of a helper.
    CallHelper(Helper),
    /// The load of `view`, `offset` bytes past the address on the stack.
    Load {
        view: View,
        offset: u32,
    },
    /// A little-endian word read at any byte, `offset` past the address
    /// (`i32.load` with alignment 1: four `Uint8Array` reads in one).
    LoadWord {
        offset: u32,
    },
    /// The store into `view`, `offset` bytes past the address under the
    /// value (of the view's wasm type) on the stack.
    Store {
        view: View,
        offset: u32,
    },
    /// A load exact mode checks: of `view` at the byte address on the
    /// stack when it is below the heap length, with its low `align` bits
    /// cleared after the check; else what JS gives out of bounds, 0 (int
    /// views) or NaN (float views). [`crate::passes::checks`] writes it
    /// out; the passes before it may move it as one instruction.
    CheckedLoad {
        view: View,
        align: u8,
    },
    /// A store exact mode checks: the value on the stack (of the view's
    /// wasm type) into `view` at the address under it, nothing when the
    /// address is out of bounds; `align` as for [`Inst::CheckedLoad`].
    CheckedStore {
        view: View,
        align: u8,
    },
    /// `global.get` of a constant global.
    GetConst(ConstGlobal),
    /// The heap length, which the bounds checks compare with: read from
    /// the function's local where it keeps one, else from its global
    /// (the lowering resolves it once the function's code is complete,
    /// inlined bodies included).
    HeapLength,
    /// The next instruction, an `if` or a `br_if`, is hinted: its branch
    /// is taken (`true`) or not.
    Hint(bool),
    /// The code from here on comes from source byte `pos` (a statement's start).
    Pos(u32),
}

/// The type of a block's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ty {
    Empty,
    I32,
    F32,
    F64,
}

impl Ty {
    pub(crate) fn of(t: BlockType) -> Ty {
        match t {
            BlockType::Result(ValType::I32) => Ty::I32,
            BlockType::Result(ValType::F32) => Ty::F32,
            BlockType::Result(ValType::F64) => Ty::F64,
            BlockType::Empty => Ty::Empty,
            t => unreachable!("asm.js blocks give i32, f32, f64 or nothing, not {t:?}"),
        }
    }

    pub(crate) fn block_type(self) -> BlockType {
        match self {
            Ty::Empty => BlockType::Empty,
            Ty::I32 => BlockType::Result(ValType::I32),
            Ty::F32 => BlockType::Result(ValType::F32),
            Ty::F64 => BlockType::Result(ValType::F64),
        }
    }
}

/// A function's code in the intermediate form.
pub(crate) type Code = Vec<Inst>;

/// A builder appending to a [`Code`], with the instruction methods of
/// `wasm_encoder::InstructionSink` the lowering uses.
pub(crate) struct Sink<'c>(pub(crate) &'c mut Code);

/// The instructions without immediates: [`Op`], its `Sink` methods, and
/// its wasm names (the method's, `i32_add` for `i32.add`).
macro_rules! ops {
    ($($name:ident => $op:ident: $pops:literal -> $pushes:literal;)*) => {
        /// A wasm instruction without immediates.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) enum Op {
            $($op,)*
        }

        impl Op {
            #[cfg(test)]
            pub(crate) const ALL: &[Op] = &[$(Op::$op,)*];

            /// The wasm instruction.
            pub(crate) fn instruction(self) -> wasm_encoder::Instruction<'static> {
                match self {
                    $(Op::$op => wasm_encoder::Instruction::$op,)*
                }
            }

            /// How many values it takes and leaves.
            pub(crate) fn arity(self) -> (u32, u32) {
                match self {
                    $(Op::$op => ($pops, $pushes),)*
                }
            }

            /// Its `Sink` method's name: wasm's, `_` for the first `.`
            /// (and a trailing `_` on Rust's keywords).
            #[cfg(test)]
            pub(crate) fn method(self) -> &'static str {
                match self {
                    $(Op::$op => stringify!($name),)*
                }
            }
        }

        impl Sink<'_> {
            $(
                pub(crate) fn $name(&mut self) -> &mut Self {
                    self.0.push(Inst::Op(Op::$op));
                    self
                }
            )*
        }
    };
}

ops! {
    else_ => Else: 0 -> 0;
    end => End: 0 -> 0;
    return_ => Return: 0 -> 0;
    select => Select: 3 -> 1;
    drop => Drop: 1 -> 0;
    i32_eqz => I32Eqz: 1 -> 1;
    i32_eq => I32Eq: 2 -> 1;
    i32_ne => I32Ne: 2 -> 1;
    i32_lt_s => I32LtS: 2 -> 1;
    i32_lt_u => I32LtU: 2 -> 1;
    i32_gt_s => I32GtS: 2 -> 1;
    i32_gt_u => I32GtU: 2 -> 1;
    i32_le_s => I32LeS: 2 -> 1;
    i32_le_u => I32LeU: 2 -> 1;
    i32_ge_s => I32GeS: 2 -> 1;
    i32_ge_u => I32GeU: 2 -> 1;
    i32_clz => I32Clz: 1 -> 1;
    i32_add => I32Add: 2 -> 1;
    i32_sub => I32Sub: 2 -> 1;
    i32_mul => I32Mul: 2 -> 1;
    i32_div_s => I32DivS: 2 -> 1;
    i32_div_u => I32DivU: 2 -> 1;
    i32_rem_s => I32RemS: 2 -> 1;
    i32_rem_u => I32RemU: 2 -> 1;
    i32_and => I32And: 2 -> 1;
    i32_or => I32Or: 2 -> 1;
    i32_xor => I32Xor: 2 -> 1;
    i32_shl => I32Shl: 2 -> 1;
    i32_shr_s => I32ShrS: 2 -> 1;
    i32_shr_u => I32ShrU: 2 -> 1;
    f32_eq => F32Eq: 2 -> 1;
    f32_ne => F32Ne: 2 -> 1;
    f32_lt => F32Lt: 2 -> 1;
    f32_gt => F32Gt: 2 -> 1;
    f32_le => F32Le: 2 -> 1;
    f32_ge => F32Ge: 2 -> 1;
    f64_eq => F64Eq: 2 -> 1;
    f64_ne => F64Ne: 2 -> 1;
    f64_lt => F64Lt: 2 -> 1;
    f64_gt => F64Gt: 2 -> 1;
    f64_le => F64Le: 2 -> 1;
    f64_ge => F64Ge: 2 -> 1;
    f32_abs => F32Abs: 1 -> 1;
    f32_neg => F32Neg: 1 -> 1;
    f32_ceil => F32Ceil: 1 -> 1;
    f32_floor => F32Floor: 1 -> 1;
    f32_sqrt => F32Sqrt: 1 -> 1;
    f32_add => F32Add: 2 -> 1;
    f32_sub => F32Sub: 2 -> 1;
    f32_mul => F32Mul: 2 -> 1;
    f32_div => F32Div: 2 -> 1;
    f32_min => F32Min: 2 -> 1;
    f32_max => F32Max: 2 -> 1;
    f64_abs => F64Abs: 1 -> 1;
    f64_neg => F64Neg: 1 -> 1;
    f64_ceil => F64Ceil: 1 -> 1;
    f64_floor => F64Floor: 1 -> 1;
    f64_sqrt => F64Sqrt: 1 -> 1;
    f64_add => F64Add: 2 -> 1;
    f64_sub => F64Sub: 2 -> 1;
    f64_mul => F64Mul: 2 -> 1;
    f64_div => F64Div: 2 -> 1;
    f64_min => F64Min: 2 -> 1;
    f64_max => F64Max: 2 -> 1;
    f32_convert_i32_s => F32ConvertI32S: 1 -> 1;
    f32_convert_i32_u => F32ConvertI32U: 1 -> 1;
    f32_demote_f64 => F32DemoteF64: 1 -> 1;
    f64_convert_i32_s => F64ConvertI32S: 1 -> 1;
    f64_convert_i32_u => F64ConvertI32U: 1 -> 1;
    f64_promote_f32 => F64PromoteF32: 1 -> 1;
}

impl Sink<'_> {
    fn push(&mut self, inst: Inst) -> &mut Self {
        self.0.push(inst);
        self
    }
    pub(crate) fn local_get(&mut self, i: u32) -> &mut Self {
        self.push(Inst::LocalGet(i))
    }
    pub(crate) fn local_set(&mut self, i: u32) -> &mut Self {
        self.push(Inst::LocalSet(i))
    }
    pub(crate) fn local_tee(&mut self, i: u32) -> &mut Self {
        self.push(Inst::LocalTee(i))
    }
    pub(crate) fn global_get(&mut self, i: u32) -> &mut Self {
        self.push(Inst::GlobalGet(i))
    }
    pub(crate) fn global_set(&mut self, i: u32) -> &mut Self {
        self.push(Inst::GlobalSet(i))
    }
    pub(crate) fn i32_const(&mut self, v: i32) -> &mut Self {
        self.push(Inst::I32Const(v))
    }
    pub(crate) fn block(&mut self, t: BlockType) -> &mut Self {
        self.push(Inst::Block(Ty::of(t)))
    }
    pub(crate) fn loop_(&mut self, t: BlockType) -> &mut Self {
        self.push(Inst::Loop(Ty::of(t)))
    }
    pub(crate) fn if_(&mut self, t: BlockType) -> &mut Self {
        self.push(Inst::If(Ty::of(t)))
    }
    pub(crate) fn br(&mut self, d: u32) -> &mut Self {
        self.push(Inst::Br(d))
    }
    pub(crate) fn br_if(&mut self, d: u32) -> &mut Self {
        self.push(Inst::BrIf(d))
    }
    pub(crate) fn br_table(&mut self, targets: Vec<u32>, default: u32) -> &mut Self {
        self.push(Inst::BrTable(Box::new((targets, default))))
    }
    pub(crate) fn call(&mut self, func: u32, params: usize, results: usize) -> &mut Self {
        self.push(Inst::Call { func, params: params as u16, results: results as u16 })
    }
    pub(crate) fn call_indirect(&mut self, ty: u32, params: usize, results: usize) -> &mut Self {
        self.push(Inst::CallIndirect { ty, params: params as u16, results: results as u16 })
    }
    pub(crate) fn call_helper(&mut self, h: Helper) -> &mut Self {
        self.push(Inst::CallHelper(h))
    }
    pub(crate) fn load(&mut self, view: View, offset: u32) -> &mut Self {
        self.push(Inst::Load { view, offset })
    }
    pub(crate) fn store(&mut self, view: View, offset: u32) -> &mut Self {
        self.push(Inst::Store { view, offset })
    }
    pub(crate) fn checked_load(&mut self, view: View, align: u32) -> &mut Self {
        self.push(Inst::CheckedLoad { view, align: align as u8 })
    }
    pub(crate) fn checked_store(&mut self, view: View, align: u32) -> &mut Self {
        self.push(Inst::CheckedStore { view, align: align as u8 })
    }
    pub(crate) fn get_const(&mut self, c: ConstGlobal) -> &mut Self {
        self.push(Inst::GetConst(c))
    }
}

/// How many values `inst` takes from the stack and leaves on it (a
/// structured instruction's own: an `if` takes its condition; the values
/// of a block are its `end`'s).
pub(crate) fn arity(inst: &Inst) -> (u32, u32) {
    match inst {
        Inst::Op(op) => op.arity(),
        Inst::LocalGet(_)
        | Inst::GlobalGet(_)
        | Inst::I32Const(_)
        | Inst::F32Const(_)
        | Inst::F64Const(_)
        | Inst::GetConst(_)
        | Inst::HeapLength => (0, 1),
        Inst::LocalSet(_) | Inst::GlobalSet(_) | Inst::BrIf(_) | Inst::If(_) | Inst::BrTable(_) => {
            (1, 0)
        }
        Inst::LocalTee(_)
        | Inst::Load { .. }
        | Inst::LoadWord { .. }
        | Inst::CheckedLoad { .. } => (1, 1),
        Inst::Block(_) | Inst::Loop(_) | Inst::Br(_) | Inst::Hint(_) | Inst::Pos(_) => (0, 0),
        Inst::Store { .. } | Inst::CheckedStore { .. } => (2, 0),
        Inst::Call { params, results, .. } => (u32::from(*params), u32::from(*results)),
        Inst::CallIndirect { params, results, .. } => (u32::from(*params) + 1, u32::from(*results)),
        Inst::CallHelper(h) => {
            let (p, r) = h.signature();
            (p.len() as u32, r.len() as u32)
        }
    }
}

/// The block type of a structured instruction, if `inst` is one.
fn opens(inst: &Inst) -> Option<Ty> {
    match inst {
        Inst::Block(t) | Inst::Loop(t) | Inst::If(t) => Some(*t),
        _ => None,
    }
}

/// Where the code that pushes the value under the top `n` values at
/// `end` starts: `code[operand_start(code, end, 0)..end]` is the
/// expression whose value is on top of the stack at `end`, as the folded
/// form reads it. A structured instruction is one node with its `end`;
/// markers before a node belong to it.
pub(crate) fn operand_start(code: &[Inst], end: usize, n: u32) -> usize {
    // Walk back, counting the values still to account for.
    let mut need = n + 1;
    let mut i = end;
    while i > 0 {
        i -= 1;
        let (pops, pushes) = match &code[i] {
            Inst::Op(Op::End) => {
                let open = opener(code, i);
                let t = opens(&code[open]).unwrap();
                i = open;
                let pops = u32::from(matches!(code[open], Inst::If(_)));
                (pops, u32::from(t != Ty::Empty))
            }
            inst => arity(inst),
        };
        need = need - pushes + pops;
        if need == 0 {
            while i > 0 && matches!(code[i - 1], Inst::Hint(_) | Inst::Pos(_)) {
                i -= 1;
            }
            return i;
        }
    }
    0
}

/// The index of the `block`, `loop` or `if` that the `end` at `end` closes.
pub(crate) fn opener(code: &[Inst], end: usize) -> usize {
    let mut depth = 0u32;
    let mut i = end;
    while i > 0 {
        i -= 1;
        match &code[i] {
            Inst::Op(Op::End) => depth += 1,
            inst if opens(inst).is_some() => {
                if depth == 0 {
                    return i;
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    panic!("an `end` without its block")
}

/// The expression tree of a function's code, read in one pass: by
/// instruction, where the expression it is the root of starts (for an
/// `end`, where its `block`, `loop`, or `if` with its condition, starts),
/// and the instruction taking its value ([`NONE`] when none does: no
/// result, or a branch before the value is taken).
pub(crate) struct Tree {
    pub(crate) start: Vec<u32>,
    pub(crate) parent: Vec<u32>,
}

/// No instruction.
pub(crate) const NONE: u32 = u32::MAX;

/// The [`Tree`] of `code`.
pub(crate) fn tree(code: &[Inst]) -> Tree {
    let n = code.len();
    let mut start = vec![0u32; n];
    let mut parent = vec![NONE; n];
    // The values on the stack: (their expression's start, its root).
    let mut stack: Vec<(u32, u32)> = Vec::new();
    // Per open block: the stack's height at its start, its start, and
    // whether it has a value.
    let mut frames: Vec<(usize, u32, bool)> = Vec::new();
    for (k, inst) in code.iter().enumerate() {
        let k32 = k as u32;
        let floor = frames.last().map_or(0, |f| f.0);
        let mut take = |pops: u32, stack: &mut Vec<(u32, u32)>| {
            let keep = stack.len().saturating_sub(pops as usize).max(floor);
            let first = stack.get(keep).map_or(k32, |v| v.0);
            for (_, root) in stack.drain(keep..) {
                parent[root as usize] = k32;
            }
            first
        };
        match inst {
            Inst::Block(t) | Inst::Loop(t) => {
                start[k] = k32;
                frames.push((stack.len(), k32, *t != Ty::Empty));
            }
            Inst::If(t) => {
                start[k] = take(1, &mut stack);
                frames.push((stack.len(), start[k], *t != Ty::Empty));
            }
            Inst::Op(Op::Else) => {
                let (height, first, _) = *frames.last().unwrap();
                take(u32::MAX, &mut stack);
                stack.truncate(height);
                start[k] = first;
            }
            Inst::Op(Op::End) => {
                // The function's own `end` closes no frame.
                let Some((height, first, value)) = frames.pop() else { continue };
                take(u32::MAX, &mut stack);
                stack.truncate(height);
                start[k] = first;
                if value {
                    stack.push((first, k32));
                }
            }
            inst => {
                let (pops, pushes) = arity(inst);
                start[k] = take(pops, &mut stack);
                if pushes == 1 {
                    stack.push((start[k], k32));
                }
            }
        }
    }
    Tree { start, parent }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_instruction_is_16_bytes() {
        // What the lowering holds for every function until the layout is
        // known, and what each pass copies.
        assert_eq!(std::mem::size_of::<Inst>(), 16);
    }

    #[test]
    fn the_tree_gives_each_value_its_start_and_its_taker() {
        let code = parse(
            "local.get 0
             local.get 1
             i32.add
             if (result i32)
               i32.const 1
             else
               i32.const 2
             end
             drop",
        );
        let t = tree(&code);
        assert_eq!((t.start[2], t.parent[0], t.parent[1]), (0, 2, 2));
        // The `if` takes the sum; its value, from its `end`, starts with
        // the condition and goes to `drop`.
        assert_eq!((t.parent[2], t.start[7], t.parent[7]), (3, 0, 8));
        // Each arm's value is its frame's.
        assert_eq!((t.parent[4], t.parent[6]), (5, 7));
        assert_eq!(operand_start(&code, 8, 0), 0);
    }

    struct Fixed;

    impl Layout for Fixed {
        fn helper(&self, _: Helper) -> u32 {
            9
        }
        fn const_global(&self, _: ConstGlobal) -> u32 {
            4
        }
    }

    #[test]
    fn markers_become_offsets_when_written() {
        let code = parse(
            "pos 7
             local.get 0
             hint taken
             if
               pos 20
               pos 21
               global.get 1
               drop
             end
             end",
        );
        let e = encode(&code, &[], &Fixed);
        // One byte of locals (none), then `local.get 0` (2 bytes): the `if` at 3.
        assert_eq!(e.hints.len(), 1);
        assert_eq!(e.hints[0].branch_func_offset, 3);
        // Two positions at one offset: the last holds.
        assert_eq!(e.positions, [(1, 7), (5, 21)]);
    }
}
