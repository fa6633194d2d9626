//! The intermediate form written as wasm.

use asm2wasm_check::View;
use wasm_encoder::{BranchHint, Function, Instruction, InstructionSink, MemArg, ValType};

use super::{Code, Inst};
use crate::ConstGlobal;
use crate::helpers::Helper;

/// What the symbolic instructions are in one module.
pub(crate) trait Layout {
    fn helper(&self, h: Helper) -> u32;
    fn const_global(&self, c: ConstGlobal) -> u32;
}

/// A function's code written as a wasm body, and the offsets (from the
/// body's start, its locals included) of its hinted branches and of where
/// each statement's code starts.
pub(crate) struct Encoded {
    pub(crate) body: Function,
    pub(crate) hints: Vec<BranchHint>,
    pub(crate) positions: Vec<(u32, u32)>,
}

/// Write `code` as the body of a function with `locals` (after its
/// parameters), the symbolic instructions resolved by `layout`.
pub(crate) fn encode(code: &Code, locals: &[(u32, ValType)], layout: &impl Layout) -> Encoded {
    let mut body = Function::new(locals.iter().copied());
    let mut hints = Vec::new();
    let mut positions: Vec<(u32, u32)> = Vec::new();
    for inst in code {
        match inst {
            Inst::Hint(taken) => {
                let at = body.byte_len() as u32;
                hints.push(BranchHint {
                    branch_func_offset: at,
                    branch_hint_value: (*taken).into(),
                });
            }
            Inst::Pos(pos) => {
                let at = body.byte_len() as u32;
                match positions.last_mut() {
                    Some(last) if last.0 == at => last.1 = *pos,
                    _ => positions.push((at, *pos)),
                }
            }
            inst => write(&mut body, inst, layout),
        }
    }
    Encoded { body, hints, positions }
}

/// Write one instruction (not a marker).
fn write(body: &mut Function, inst: &Inst, layout: &impl Layout) {
    let whole = match inst {
        Inst::Op(op) => op.instruction(),
        Inst::Load { view, offset } => load_op(*view, *offset),
        Inst::Store { view, offset } => store_op(*view, *offset),
        _ => return sink(&mut body.instructions(), inst, layout),
    };
    body.instruction(&whole);
}

/// Write an instruction with immediates through `wasm_encoder`'s sink.
fn sink(s: &mut InstructionSink<'_>, inst: &Inst, layout: &impl Layout) {
    match inst {
        Inst::LocalGet(i) => void(s.local_get(*i)),
        Inst::LocalSet(i) => void(s.local_set(*i)),
        Inst::LocalTee(i) => void(s.local_tee(*i)),
        Inst::GlobalGet(i) => void(s.global_get(*i)),
        Inst::GlobalSet(i) => void(s.global_set(*i)),
        Inst::I32Const(v) => void(s.i32_const(*v)),
        Inst::F32Const(v) => void(s.f32_const((*v).into())),
        Inst::F64Const(v) => void(s.f64_const((*v).into())),
        Inst::Block(t) => void(s.block(t.block_type())),
        Inst::Loop(t) => void(s.loop_(t.block_type())),
        Inst::If(t) => void(s.if_(t.block_type())),
        Inst::Br(d) => void(s.br(*d)),
        Inst::BrIf(d) => void(s.br_if(*d)),
        Inst::BrTable(t) => void(s.br_table(t.0.iter().copied(), t.1)),
        Inst::Call { func, .. } => void(s.call(*func)),
        Inst::CallIndirect { ty, .. } => void(s.call_indirect(0, *ty)),
        Inst::CallHelper(h) => void(s.call(layout.helper(*h))),
        Inst::LoadWord { offset } => void(s.i32_load(mem(0, *offset))),
        Inst::GetConst(c) => void(s.global_get(layout.const_global(*c))),
        Inst::HeapLength => unreachable!("the lowering resolves the heap length"),
        Inst::CheckedLoad { .. } | Inst::CheckedStore { .. } => {
            unreachable!("passes::checks writes the checks out")
        }
        Inst::Op(_) | Inst::Load { .. } | Inst::Store { .. } | Inst::Hint(_) | Inst::Pos(_) => {}
    }
}

fn void<T>(_: T) {}

fn mem(align: u32, offset: u32) -> MemArg {
    MemArg { offset: offset.into(), align, memory_index: 0 }
}

/// The load of `view` at `offset` bytes past the address on the stack.
pub(crate) fn load_op(view: View, offset: u32) -> Instruction<'static> {
    match view {
        View::I8 => Instruction::I32Load8S(mem(0, offset)),
        View::U8 => Instruction::I32Load8U(mem(0, offset)),
        View::I16 => Instruction::I32Load16S(mem(1, offset)),
        View::U16 => Instruction::I32Load16U(mem(1, offset)),
        View::I32 | View::U32 => Instruction::I32Load(mem(2, offset)),
        View::F32 => Instruction::F32Load(mem(2, offset)),
        View::F64 => Instruction::F64Load(mem(3, offset)),
    }
}

/// The store into `view` (of a value of its type) at `offset` bytes past
/// the address under the value on the stack.
pub(crate) fn store_op(view: View, offset: u32) -> Instruction<'static> {
    match view {
        View::I8 | View::U8 => Instruction::I32Store8(mem(0, offset)),
        View::I16 | View::U16 => Instruction::I32Store16(mem(1, offset)),
        View::I32 | View::U32 => Instruction::I32Store(mem(2, offset)),
        View::F32 => Instruction::F32Store(mem(2, offset)),
        View::F64 => Instruction::F64Store(mem(3, offset)),
    }
}

/// The wasm type a load of `view` gives and a store into it takes.
pub(crate) fn view_val(view: View) -> ValType {
    match view {
        View::F32 => ValType::F32,
        View::F64 => ValType::F64,
        _ => ValType::I32,
    }
}

/// The conversion of a value of type `vt` to [`view_val`] of `view`, as
/// the typed array's store does (a double into a `Float32Array` is
/// rounded, a float into a `Float64Array` widened), if it needs one.
pub(crate) fn to_stored(view: View, vt: ValType) -> Option<super::Op> {
    match (view, vt) {
        (View::F32, ValType::F64) => Some(super::Op::F32DemoteF64),
        (View::F64, ValType::F32) => Some(super::Op::F64PromoteF32),
        _ => None,
    }
}
