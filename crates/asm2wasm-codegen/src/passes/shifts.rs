//! Shift folding: `((x >>> a) & m) << b` as `(x >>> (a - b)) & (m << b)`.
//!
//! With constant `a`, `m`, `b` and `0 < b <= a` (counts mod 32), one shift
//! and one mask instead of two shifts and a mask: Emscripten indexes its
//! tables so (`HEAP32[T + ((c >>> 8 & 255) << 2) >> 2]`), and Cranelift
//! folds neither shift into the address. The same bits: a left shift
//! distributes over `&`, and `(x >>> a) << b` is `x >>> (a - b)` with its
//! low `b` bits cleared (`>>` too), which the mask `m << b` clears. When
//! `a == b` no shift is left. The mask may be on either side of the `&`.

use crate::ir::{Code, Inst, Op, operand_start};

/// Fold every such shift of `code`.
pub(crate) fn run(code: &mut Code) {
    let input = std::mem::take(code);
    let mut out = Code::with_capacity(input.len());
    for inst in input {
        if matches!(inst, Inst::Op(Op::I32Shl)) && fold(&mut out) {
            continue;
        }
        out.push(inst);
    }
    *code = out;
}

/// The constant `inst` pushes, if it is an `i32.const`.
fn int(inst: &Inst) -> Option<u32> {
    match inst {
        Inst::I32Const(v) => Some(*v as u32),
        _ => None,
    }
}

/// When `out` ends with the operands of an `i32.shl` that folds, replace
/// them with the folded code (without the `i32.shl`) and say so.
fn fold(out: &mut Code) -> bool {
    let n = out.len();
    if n < 5 {
        return false;
    }
    let Some(b) = int(&out[n - 1]).map(|b| b & 31) else { return false };
    if !matches!(out[n - 2], Inst::Op(Op::I32And)) {
        return false;
    }
    // `x; a; shr; m; and` (the mask on the right) or `m; x; a; shr; and`.
    let (shr, m, mask_at) = match int(&out[n - 3]) {
        Some(m) => (n - 4, m, n - 3),
        None => {
            let x_start = operand_start(out, n - 4, 0);
            match x_start.checked_sub(1).and_then(|i| int(&out[i]).map(|m| (i, m))) {
                Some((i, m)) => (n - 3, m, i),
                None => return false,
            }
        }
    };
    let signed = match out[shr] {
        Inst::Op(Op::I32ShrU) => false,
        Inst::Op(Op::I32ShrS) => true,
        _ => return false,
    };
    let Some(a) = out.get(shr.wrapping_sub(1)).and_then(int).map(|a| a & 31) else {
        return false;
    };
    if b == 0 || b > a || shr < 2 {
        return false;
    }
    // Keep `x`; drop the rest, then write the one shift and the mask.
    out.truncate(shr - 1);
    if mask_at < shr {
        out.remove(mask_at);
    }
    if a > b {
        out.push(Inst::I32Const((a - b) as i32));
        out.push(Inst::Op(if signed { Op::I32ShrS } else { Op::I32ShrU }));
    }
    out.push(Inst::I32Const((m << b) as i32));
    out.push(Inst::Op(Op::I32And));
    true
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::passes::{apply, normal};

    #[test]
    fn a_table_index_loses_a_shift() {
        // (c >>> 8 & 255) << 2
        let after = apply(
            run,
            "local.get 0
             i32.const 8
             i32.shr_u
             i32.const 255
             i32.and
             i32.const 2
             i32.shl",
        );
        let expected = "local.get 0
             i32.const 6
             i32.shr_u
             i32.const 1020
             i32.and";
        assert_eq!(after, normal(expected));
    }

    #[test]
    fn the_mask_on_the_left_and_equal_counts_leave_no_shift() {
        // (255 & x >> 2) << 2, the signed shift: no shift left.
        let after = apply(
            run,
            "i32.const 255\nlocal.get 0\nlocal.get 1\ni32.add\ni32.const 2\ni32.shr_s\ni32.and
             i32.const 2\ni32.shl",
        );
        assert_eq!(after, normal("local.get 0\nlocal.get 1\ni32.add\ni32.const 1020\ni32.and"));
    }

    #[test]
    fn counts_are_mod_32_and_a_wide_mask_wraps() {
        // (x >>> 40 & 0x7fffffff) << 33: a = 8, b = 1.
        let after = apply(
            run,
            "local.get 0\ni32.const 40\ni32.shr_u\ni32.const 2147483647\ni32.and
             i32.const 33\ni32.shl",
        );
        let expected = "local.get 0\ni32.const 7\ni32.shr_u\ni32.const -2\ni32.and";
        assert_eq!(after, normal(expected));
    }

    #[test]
    fn what_does_not_fold_stays() {
        for before in [
            // b > a.
            "local.get 0\ni32.const 2\ni32.shr_u\ni32.const 255\ni32.and\ni32.const 3\ni32.shl",
            // b == 0.
            "local.get 0\ni32.const 2\ni32.shr_u\ni32.const 255\ni32.and\ni32.const 32\ni32.shl",
            // A variable mask, a variable count.
            "local.get 0\ni32.const 8\ni32.shr_u\nlocal.get 1\ni32.and\ni32.const 2\ni32.shl",
            "local.get 0\ni32.const 8\ni32.shr_u\ni32.const 255\ni32.and\nlocal.get 1\ni32.shl",
            // No shift under the mask.
            "local.get 0\ni32.const 8\ni32.add\ni32.const 255\ni32.and\ni32.const 2\ni32.shl",
        ] {
            assert_eq!(apply(run, before), normal(before), "{before}");
        }
    }
}
