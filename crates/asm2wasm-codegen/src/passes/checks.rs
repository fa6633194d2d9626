//! Exact bounds checks written out: each [`Inst::CheckedLoad`] and
//! [`Inst::CheckedStore`] the lowering left becomes wasm.
//!
//! In place, an access is one compare with the heap length and an `if`
//! hinted in bounds, so that the out-of-bounds arm is laid out of line:
//!
//! - a load: `a <u LEN ? load(a) : 0` (NaN for the float views). The
//!   address goes to a local for the compare and the load, unless it is one
//!   already.
//! - a store of a value without effects: the compare first, the value
//!   computed only in bounds (skipping it out of bounds changes nothing).
//! - any other store: the value is computed first, as JS does, and kept
//!   in a local until the compare.
//!
//! Out of line ([`crate::Options::checks_out_of_line`], `--optimize-size`):
//! in a function too big to be one that loops call, an access outside
//! every loop calls a shared helper that checks and accesses
//! (`asm2wasm:load_i32(a)`, `asm2wasm:store_f64(a, v)`).
//!
//! One address local and one value local per type serve every check of a
//! function: each is set and read within one check, with nothing else
//! in between.

use wasm_encoder::{BlockType, ValType};

use super::Locals;
use crate::helpers::Helper;
use crate::ir::{self, Code, Inst, Op, Ty, view_val};
use crate::{ConstGlobal, Uses};

/// Write out the checks of `code`. `out_of_line`: the function's accesses
/// outside loops call the shared helpers. The helpers and constant
/// globals the checks use are added to `uses`.
pub(crate) fn run(code: &mut Code, locals: &mut Locals<'_>, out_of_line: bool, uses: &mut Uses) {
    if !code.iter().any(|i| matches!(i, Inst::CheckedLoad { .. } | Inst::CheckedStore { .. })) {
        return;
    }
    let input = std::mem::take(code);
    let mut out = Code::with_capacity(input.len() + input.len() / 2);
    // By input instruction: where its copy starts in `out`.
    let mut at: Vec<u32> = Vec::with_capacity(input.len());
    let mut scratch = Scratch::default();
    // Per open block: whether it is a loop.
    let mut blocks: Vec<bool> = Vec::new();
    let mut loops = 0u32;
    for (i, inst) in input.iter().enumerate() {
        at.push(out.len() as u32);
        match *inst {
            Inst::Block(_) | Inst::If(_) | Inst::Loop(_) => {
                let is_loop = matches!(inst, Inst::Loop(_));
                blocks.push(is_loop);
                loops += u32::from(is_loop);
            }
            Inst::Op(Op::End) => loops -= u32::from(blocks.pop().unwrap_or(false)),
            _ => {}
        }
        let (view, align, load) = match *inst {
            Inst::CheckedLoad { view, align } => (view, u32::from(align), true),
            Inst::CheckedStore { view, align } => (view, u32::from(align), false),
            _ => {
                out.push(inst.clone());
                continue;
            }
        };
        uses.add_const(ConstGlobal::HeapLength);
        let mask = |out: &mut Code| {
            if align > 0 {
                out.extend([Inst::I32Const(-(1 << align)), Inst::Op(Op::I32And)]);
            }
        };
        if out_of_line && loops == 0 {
            let helper = if load { Helper::load(view) } else { Helper::store(view) };
            uses.add_helper(helper);
            if load {
                mask(&mut out);
            } else if align > 0 {
                // The mask goes on the address, under the value.
                let value = at[ir::operand_start(&input, i, 0)] as usize;
                let mut m = Code::new();
                mask(&mut m);
                out.splice(value..value, m);
            }
            out.push(Inst::CallHelper(helper));
            continue;
        }
        let vt = view_val(view);
        if load {
            let a = address(&mut out, &mut scratch, locals);
            in_bounds(&mut out, Ty::of(BlockType::Result(vt)));
            out.push(Inst::LocalGet(a));
            mask(&mut out);
            out.extend([Inst::Load { view, offset: 0 }, Inst::Op(Op::Else)]);
            match view_val(view) {
                ValType::F32 => out.push(nan(uses, ConstGlobal::NanF32)),
                ValType::F64 => out.push(nan(uses, ConstGlobal::NanF64)),
                _ => out.push(Inst::I32Const(0)),
            }
            out.push(Inst::Op(Op::End));
            continue;
        }
        let value_start = ir::operand_start(&input, i, 0);
        if pure(&input[value_start..i]) {
            // The compare, then the value in bounds.
            let value = out.split_off(at[value_start] as usize);
            let a = address(&mut out, &mut scratch, locals);
            in_bounds(&mut out, Ty::Empty);
            out.push(Inst::LocalGet(a));
            mask(&mut out);
            out.extend(value);
        } else {
            let v = scratch.value(vt, locals);
            out.push(Inst::LocalSet(v));
            let a = scratch.address(locals);
            out.push(Inst::LocalTee(a));
            in_bounds(&mut out, Ty::Empty);
            out.push(Inst::LocalGet(a));
            mask(&mut out);
            out.push(Inst::LocalGet(v));
        }
        out.extend([Inst::Store { view, offset: 0 }, Inst::Op(Op::End)]);
    }
    *code = out;
}

/// The check's locals, added when first needed.
#[derive(Default)]
struct Scratch {
    address: Option<u32>,
    values: Vec<(ValType, u32)>,
}

impl Scratch {
    fn address(&mut self, locals: &mut Locals<'_>) -> u32 {
        *self.address.get_or_insert_with(|| locals.add(ValType::I32))
    }

    fn value(&mut self, t: ValType, locals: &mut Locals<'_>) -> u32 {
        if let Some(&(_, v)) = self.values.iter().find(|(u, _)| *u == t) {
            return v;
        }
        let v = locals.add(t);
        self.values.push((t, v));
        v
    }
}

/// The local holding the address that `out` ends with: the local the
/// code reads when it is one `local.get`, else the scratch local, set.
fn address(out: &mut Code, scratch: &mut Scratch, locals: &mut Locals<'_>) -> u32 {
    if let Some(Inst::LocalGet(x)) = out.last() {
        return *x;
    }
    let a = scratch.address(locals);
    out.push(Inst::LocalTee(a));
    a
}

/// `a <u LEN`, on the address on the stack, and the `if` of type `t`
/// taken when it holds, hinted so.
fn in_bounds(out: &mut Code, t: Ty) {
    out.extend([Inst::HeapLength, Inst::Op(Op::I32LtU), Inst::Hint(true), Inst::If(t)]);
}

fn nan(uses: &mut Uses, c: ConstGlobal) -> Inst {
    uses.add_const(c);
    Inst::GetConst(c)
}

/// Whether `value`, a store's value, has no effect the store could skip:
/// no call but of a helper that only computes, no store, no write of a
/// local or global, no branch.
fn pure(value: &[Inst]) -> bool {
    value.iter().all(|inst| match inst {
        Inst::CallHelper(h) => !h.access().is_some_and(|(_, store)| store),
        Inst::Call { .. }
        | Inst::CallIndirect { .. }
        | Inst::Store { .. }
        | Inst::CheckedStore { .. }
        | Inst::LocalSet(_)
        | Inst::LocalTee(_)
        | Inst::GlobalSet(_)
        | Inst::Br(_)
        | Inst::BrIf(_)
        | Inst::BrTable(_)
        | Inst::Op(Op::Return) => false,
        _ => true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::passes::normal;

    /// `before` with its checks written out, in a function of 4 locals.
    fn checks(before: &str, out_of_line: bool) -> String {
        let mut code = crate::ir::parse(before);
        let mut added = Vec::new();
        let mut locals = Locals { next: 4, added: &mut added };
        let mut uses = Uses::default();
        run(&mut code, &mut locals, out_of_line, &mut uses);
        crate::ir::print(&code)
    }

    #[test]
    fn a_load_compares_its_address_local() {
        let before = "local.get 1
                      checked.load.I32 align=2
                      drop";
        let after = "local.get 1
                     heap.length
                     i32.lt_u
                     hint taken
                     if (result i32)
                       local.get 1
                       i32.const -4
                       i32.and
                       load.I32
                     else
                       i32.const 0
                     end
                     drop";
        assert_eq!(checks(before, false), normal(after));
    }

    #[test]
    fn a_computed_address_goes_to_the_scratch_local() {
        let before = "local.get 1
                      i32.const 8
                      i32.add
                      checked.load.F64 align=3
                      local.get 2
                      checked.load.F32
                      f64.promote_f32
                      f64.add
                      drop";
        // One scratch local (4) serves both loads.
        let after = "local.get 1
                     i32.const 8
                     i32.add
                     local.tee 4
                     heap.length
                     i32.lt_u
                     hint taken
                     if (result f64)
                       local.get 4
                       i32.const -8
                       i32.and
                       load.F64
                     else
                       global.get $nan.f64
                     end
                     local.get 2
                     heap.length
                     i32.lt_u
                     hint taken
                     if (result f32)
                       local.get 2
                       load.F32
                     else
                       global.get $nan.f32
                     end
                     f64.promote_f32
                     f64.add
                     drop";
        assert_eq!(checks(before, false), normal(after));
    }

    #[test]
    fn a_pure_value_is_computed_in_bounds_only() {
        let before = "local.get 1
                      local.get 2
                      checked.load.U8
                      i32.const 1
                      i32.add
                      checked.store.U8";
        let after = "local.get 1
                     heap.length
                     i32.lt_u
                     hint taken
                     if
                       local.get 1
                       local.get 2
                       heap.length
                       i32.lt_u
                       hint taken
                       if (result i32)
                         local.get 2
                         load.U8
                       else
                         i32.const 0
                       end
                       i32.const 1
                       i32.add
                       store.U8
                     end";
        assert_eq!(checks(before, false), normal(after));
    }

    #[test]
    fn a_value_with_effects_is_computed_before_the_compare() {
        // The call may change local 1: the address is the one before it.
        // The value's local (4) is added first, then the address's.
        let before = "local.get 1
                      call 7/0/1
                      checked.store.I32 align=2";
        let after = "local.get 1
                     call 7/0/1
                     local.set 4
                     local.tee 5
                     heap.length
                     i32.lt_u
                     hint taken
                     if
                       local.get 5
                       i32.const -4
                       i32.and
                       local.get 4
                       store.I32
                     end";
        assert_eq!(checks(before, false), normal(after));
    }

    #[test]
    fn out_of_line_outside_loops_only() {
        let before = "local.get 1
                      local.get 2
                      checked.store.I16 align=1
                      loop
                        local.get 1
                        checked.load.I32 align=2
                        drop
                      end
                      local.get 3
                      checked.load.I32 align=2
                      drop";
        let after = "local.get 1
                     i32.const -2
                     i32.and
                     local.get 2
                     call $asm2wasm:store_i16
                     loop
                       local.get 1
                       heap.length
                       i32.lt_u
                       hint taken
                       if (result i32)
                         local.get 1
                         i32.const -4
                         i32.and
                         load.I32
                       else
                         i32.const 0
                       end
                       drop
                     end
                     local.get 3
                     i32.const -4
                     i32.and
                     call $asm2wasm:load_i32";
        assert_eq!(checks(before, true), normal(&format!("{after}\ndrop")));
    }
}
