//! Helper functions for the JS semantics wasm has no single instruction for.
//! Each is emitted once, and only when a function of the module uses it.

use asm2wasm_base::ast::{BinOp, Body, ExprId, ExprKind};
use asm2wasm_check::{Ty, View};
use wasm_encoder::{BlockType, Function, InstructionSink, ValType};

use crate::ir::{load_op, store_op, view_val};

/// The helpers, in the order of their function indices once used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Helper {
    /// `(a|0) / (b|0) | 0`: 0 for b = 0, `INT_MIN` for `INT_MIN` / -1; never traps.
    DivS,
    /// `(a>>>0) / (b>>>0) | 0`: 0 for b = 0.
    DivU,
    /// `(a|0) % (b|0) | 0`: 0 for b = 0 and for `INT_MIN` % -1.
    RemS,
    /// `(a>>>0) % (b>>>0) | 0`: 0 for b = 0.
    RemU,
    /// JS `ToInt32` of a double: NaN and ±Infinity give 0, others wrap modulo 2^32.
    ToInt32,
    /// JS `%` on doubles: the exact IEEE fmod (the result has the dividend's sign).
    Fmod,
    /// `Int8Array` load at a byte address, exact: 0 out of bounds
    /// (`Options::checks_out_of_line`, for code outside loops).
    LoadI8,
    /// `Uint8Array` load, exact.
    LoadU8,
    /// `Int16Array` load, exact.
    LoadI16,
    /// `Uint16Array` load, exact.
    LoadU16,
    /// `Int32Array` / `Uint32Array` load, exact.
    LoadI32,
    /// `Float32Array` load, exact: NaN out of bounds.
    LoadF32,
    /// `Float64Array` load, exact: NaN out of bounds.
    LoadF64,
    /// `Int8Array` / `Uint8Array` store, exact: nothing out of bounds.
    StoreI8,
    /// `Int16Array` / `Uint16Array` store, exact.
    StoreI16,
    /// `Int32Array` / `Uint32Array` store, exact.
    StoreI32,
    /// `Float32Array` store of a float, exact.
    StoreF32,
    /// `Float64Array` store of a double, exact.
    StoreF64,
}

impl Helper {
    /// The helper `lhs / rhs` or `lhs % rhs` needs, the operands of types
    /// `a` and `b`, if any: an int division by anything but a literal other
    /// than 0 and -1 (which cannot trap) needs one, and so does a double
    /// `%`; a float or double `/` is an instruction. The emitter and the
    /// guess of the helpers a module uses both ask here.
    pub(crate) fn for_division(
        body: &Body,
        op: BinOp,
        a: Ty,
        b: Ty,
        rhs: ExprId,
    ) -> Option<Helper> {
        let signed = a.is(Ty::Signed) && b.is(Ty::Signed);
        let unsigned = !signed && a.is(Ty::Unsigned) && b.is(Ty::Unsigned);
        let safe = matches!(body.expr(rhs).kind, ExprKind::Num(n) if n.value != 0.0 && n.value != 4294967295.0);
        match (op, signed || unsigned) {
            (BinOp::Rem, false) => Some(Helper::Fmod),
            (_, false) => None,
            _ if safe => None,
            (BinOp::Div, _) => Some(if signed { Helper::DivS } else { Helper::DivU }),
            _ => Some(if signed { Helper::RemS } else { Helper::RemU }),
        }
    }

    /// The exact load of `view` out of line.
    pub(crate) fn load(view: View) -> Helper {
        match view {
            View::I8 => Helper::LoadI8,
            View::U8 => Helper::LoadU8,
            View::I16 => Helper::LoadI16,
            View::U16 => Helper::LoadU16,
            View::I32 | View::U32 => Helper::LoadI32,
            View::F32 => Helper::LoadF32,
            View::F64 => Helper::LoadF64,
        }
    }

    /// The exact store into `view` out of line (of a value of the view's type).
    pub(crate) fn store(view: View) -> Helper {
        match view {
            View::I8 | View::U8 => Helper::StoreI8,
            View::I16 | View::U16 => Helper::StoreI16,
            View::I32 | View::U32 => Helper::StoreI32,
            View::F32 => Helper::StoreF32,
            View::F64 => Helper::StoreF64,
        }
    }

    /// All of them, in index order.
    pub const ALL: [Helper; 18] = [
        Helper::DivS,
        Helper::DivU,
        Helper::RemS,
        Helper::RemU,
        Helper::ToInt32,
        Helper::Fmod,
        Helper::LoadI8,
        Helper::LoadU8,
        Helper::LoadI16,
        Helper::LoadU16,
        Helper::LoadI32,
        Helper::LoadF32,
        Helper::LoadF64,
        Helper::StoreI8,
        Helper::StoreI16,
        Helper::StoreI32,
        Helper::StoreF32,
        Helper::StoreF64,
    ];

    /// Its name in the name section.
    pub fn name(self) -> &'static str {
        match self {
            Helper::DivS => "asm2wasm:i32_div_s",
            Helper::DivU => "asm2wasm:i32_div_u",
            Helper::RemS => "asm2wasm:i32_rem_s",
            Helper::RemU => "asm2wasm:i32_rem_u",
            Helper::ToInt32 => "asm2wasm:to_int32",
            Helper::Fmod => "asm2wasm:f64_rem",
            Helper::LoadI8 => "asm2wasm:load_i8",
            Helper::LoadU8 => "asm2wasm:load_u8",
            Helper::LoadI16 => "asm2wasm:load_i16",
            Helper::LoadU16 => "asm2wasm:load_u16",
            Helper::LoadI32 => "asm2wasm:load_i32",
            Helper::LoadF32 => "asm2wasm:load_f32",
            Helper::LoadF64 => "asm2wasm:load_f64",
            Helper::StoreI8 => "asm2wasm:store_i8",
            Helper::StoreI16 => "asm2wasm:store_i16",
            Helper::StoreI32 => "asm2wasm:store_i32",
            Helper::StoreF32 => "asm2wasm:store_f32",
            Helper::StoreF64 => "asm2wasm:store_f64",
        }
    }

    /// For an exact load or store out of line, the view it accesses (one
    /// standing for views accessed alike) and whether it stores.
    pub(crate) fn access(self) -> Option<(View, bool)> {
        Some(match self {
            Helper::LoadI8 => (View::I8, false),
            Helper::LoadU8 => (View::U8, false),
            Helper::LoadI16 => (View::I16, false),
            Helper::LoadU16 => (View::U16, false),
            Helper::LoadI32 => (View::I32, false),
            Helper::LoadF32 => (View::F32, false),
            Helper::LoadF64 => (View::F64, false),
            Helper::StoreI8 => (View::I8, true),
            Helper::StoreI16 => (View::I16, true),
            Helper::StoreI32 => (View::I32, true),
            Helper::StoreF32 => (View::F32, true),
            Helper::StoreF64 => (View::F64, true),
            _ => return None,
        })
    }

    /// Parameters and result.
    pub fn signature(self) -> (Vec<ValType>, Vec<ValType>) {
        match (self, self.access()) {
            (_, Some((view, false))) => (vec![ValType::I32], vec![view_val(view)]),
            (_, Some((view, true))) => (vec![ValType::I32, view_val(view)], vec![]),
            (Helper::ToInt32, _) => (vec![ValType::F64], vec![ValType::I32]),
            (Helper::Fmod, _) => (vec![ValType::F64, ValType::F64], vec![ValType::F64]),
            _ => (vec![ValType::I32, ValType::I32], vec![ValType::I32]),
        }
    }

    /// Its body; `heap_length` is the global the exact loads and stores
    /// compare with.
    pub fn body(self, heap_length: u32) -> Function {
        match (self, self.access()) {
            (_, Some((view, false))) => exact_load(view, heap_length),
            (_, Some((view, true))) => exact_store(view, heap_length),
            (Helper::ToInt32, _) => to_int32(),
            (Helper::Fmod, _) => fmod(),
            _ => int_div(self),
        }
    }
}

/// `a / b` or `a % b` (parameters 0 and 1) as JS computes them then `|0`
/// (or `>>>0`), with no trap.
/// `a <u LEN ? load(a) : 0 (NaN)`: the exact load of `view`.
fn exact_load(view: View, heap_length: u32) -> Function {
    let mut f = Function::new([]);
    let ty = view_val(view);
    let mut s = f.instructions();
    s.local_get(0).global_get(heap_length).i32_lt_u().if_(BlockType::Result(ty)).local_get(0);
    f.instruction(&load_op(view, 0));
    let mut s = f.instructions();
    s.else_();
    match ty {
        ValType::F32 => s.f32_const(f32::NAN.into()),
        ValType::F64 => s.f64_const(f64::NAN.into()),
        _ => s.i32_const(0),
    };
    s.end().end();
    f
}

/// `if (a <u LEN) store(a, v)`: the exact store into `view`.
fn exact_store(view: View, heap_length: u32) -> Function {
    let mut f = Function::new([]);
    let mut s = f.instructions();
    s.local_get(0).global_get(heap_length).i32_lt_u().if_(BlockType::Empty);
    s.local_get(0).local_get(1);
    f.instruction(&store_op(view, 0));
    f.instructions().end().end();
    f
}

fn int_div(h: Helper) -> Function {
    let (a, b) = (0, 1);
    let mut f = Function::new([]);
    let mut s = f.instructions();
    match h {
        Helper::DivS | Helper::RemS => {
            // b is neither -1 nor 0: the instruction. Otherwise a / -1 is
            // -a (INT_MIN stays INT_MIN), a % -1 is 0, and by 0 both are 0.
            s.local_get(b)
                .i32_const(1)
                .i32_add()
                .i32_const(1)
                .i32_gt_u()
                .if_(BlockType::Result(ValType::I32));
            s.local_get(a).local_get(b);
            if h == Helper::DivS {
                s.i32_div_s().else_();
                s.i32_const(0).local_get(a).i32_sub().i32_const(0).local_get(b).select();
            } else {
                s.i32_rem_s().else_().i32_const(0);
            }
        }
        _ => {
            // By 0: 0.
            s.local_get(b).if_(BlockType::Result(ValType::I32)).local_get(a).local_get(b);
            if h == Helper::DivU {
                s.i32_div_u();
            } else {
                s.i32_rem_u();
            }
            s.else_().i32_const(0);
        }
    }
    s.end().end();
    f
}

fn f64c(s: &mut InstructionSink<'_>, v: f64) {
    s.f64_const(v.into());
}

/// JS `ToInt32` of the double parameter `d` (which it overwrites).
fn to_int32() -> Function {
    let d = 0;
    let mut f = Function::new([]);
    let mut s = f.instructions();
    // In (-2^31 - 1, 2^31): truncation is exact and in range (NaN fails both tests).
    s.local_get(d);
    f64c(&mut s, -2147483649.0);
    s.f64_gt().local_get(d);
    f64c(&mut s, 2147483648.0);
    s.f64_lt().i32_and().if_(BlockType::Result(ValType::I32));
    s.local_get(d).i32_trunc_f64_s();
    s.else_();
    // NaN and ±Infinity: d - d is not 0.
    s.local_get(d).local_get(d).f64_sub();
    f64c(&mut s, 0.0);
    s.f64_eq().if_(BlockType::Result(ValType::I32));
    // t = trunc(d); t - floor(t / 2^32) * 2^32 is exact and in [0, 2^32).
    s.local_get(d).f64_trunc().local_tee(d).local_get(d);
    f64c(&mut s, 1.0 / 4294967296.0);
    s.f64_mul().f64_floor();
    f64c(&mut s, 4294967296.0);
    s.f64_mul().f64_sub().i32_trunc_f64_u();
    s.else_().i32_const(0).end();
    s.end().end();
    f
}

/// fmod by integer arithmetic on the bit patterns: subtract the shifted
/// divisor from the dividend's significand one exponent step at a time, which
/// is exact (the classic long-division algorithm of the C libraries).
fn fmod() -> Function {
    // params: 0 x, 1 y; locals: 2 ux, 3 uy, 4 ex, 5 ey, 6 sign, 7 i, 8 shift (all i64)
    let (x, y, ux, uy, ex, ey, sign, sh) = (0, 1, 2, 3, 4, 5, 6, 8);
    // ux - uy, kept when it does not go negative; an exact zero remainder is ±0.
    let subtract_step = |s: &mut InstructionSink<'_>| {
        let i = 7;
        s.local_get(ux).local_get(uy).i64_sub().local_tee(i).i64_const(0).i64_ge_s();
        s.if_(BlockType::Empty);
        s.local_get(i).i64_eqz().if_(BlockType::Empty);
        f64c(s, 0.0);
        s.local_get(x).f64_mul().return_();
        s.end();
        s.local_get(i).local_set(ux);
        s.end();
    };
    let mut f = Function::new([(7, ValType::I64)]);
    let mut s = f.instructions();
    let mantissa: i64 = (1i64 << 52) - 1;
    let implicit: i64 = 1i64 << 52;
    s.local_get(x).i64_reinterpret_f64().local_set(ux);
    s.local_get(y).i64_reinterpret_f64().local_set(uy);
    s.local_get(ux).i64_const(52).i64_shr_u().i64_const(0x7ff).i64_and().local_set(ex);
    s.local_get(uy).i64_const(52).i64_shr_u().i64_const(0x7ff).i64_and().local_set(ey);
    s.local_get(ux).i64_const(i64::MIN).i64_and().local_set(sign);
    // y == ±0, y NaN, x infinite or NaN: NaN.
    s.local_get(uy).i64_const(1).i64_shl().i64_eqz();
    s.local_get(y).local_get(y).f64_ne().i32_or();
    s.local_get(ex).i64_const(0x7ff).i64_eq().i32_or();
    s.if_(BlockType::Empty);
    s.local_get(x).local_get(y).f64_mul().local_get(x).local_get(y).f64_mul().f64_div().return_();
    s.end();
    // |x| <= |y|: x, or ±0 when equal.
    s.local_get(ux).i64_const(1).i64_shl().local_get(uy).i64_const(1).i64_shl().i64_le_u();
    s.if_(BlockType::Empty);
    s.local_get(ux).i64_const(1).i64_shl().local_get(uy).i64_const(1).i64_shl().i64_eq();
    s.if_(BlockType::Empty);
    f64c(&mut s, 0.0);
    s.local_get(x).f64_mul().return_();
    s.end();
    s.local_get(x).return_();
    s.end();
    // Normalise both significands to have bit 52 set.
    for (u, e) in [(ux, ex), (uy, ey)] {
        s.local_get(e).i64_eqz().if_(BlockType::Empty);
        // subnormal: e = -clz(u << 12); u <<= 1 - e
        s.i64_const(0).local_get(u).i64_const(12).i64_shl().i64_clz().i64_sub().local_set(e);
        s.local_get(u).i64_const(1).local_get(e).i64_sub().i64_shl().local_set(u);
        s.else_();
        s.local_get(u).i64_const(mantissa).i64_and().i64_const(implicit).i64_or().local_set(u);
        s.end();
    }
    // while ex > ey: one step of long division.
    s.block(BlockType::Empty).loop_(BlockType::Empty);
    s.local_get(ex).local_get(ey).i64_le_s().br_if(1);
    subtract_step(&mut s);
    s.local_get(ux).i64_const(1).i64_shl().local_set(ux);
    s.local_get(ex).i64_const(1).i64_sub().local_set(ex);
    s.br(0);
    s.end().end();
    subtract_step(&mut s);
    // Renormalise: shift until bit 52 is set again.
    s.local_get(ux).i64_clz().i64_const(11).i64_sub().local_set(sh);
    s.local_get(ux).local_get(sh).i64_shl().local_set(ux);
    s.local_get(ex).local_get(sh).i64_sub().local_set(ex);
    // Rebuild the double (subnormal when ex <= 0).
    s.local_get(ex).i64_const(0).i64_gt_s();
    s.if_(BlockType::Result(ValType::I64));
    s.local_get(ux).i64_const(implicit).i64_sub().local_get(ex).i64_const(52).i64_shl().i64_or();
    s.else_();
    s.local_get(ux).i64_const(1).local_get(ex).i64_sub().i64_shr_u();
    s.end();
    s.local_get(sign).i64_or().f64_reinterpret_i64();
    s.end();
    f
}
