//! Comparison negation: a branch on a test's negation without the
//! negation.
//!
//! A loop leaves when its test is false: the lowering writes
//! `test; i32.eqz; br_if`. Where the test's value comes from an int
//! comparison, the opposite comparison is the negation (`i32.lt_s` and
//! `i32.ge_s`: exact on ints; not on floats, where NaN compares false both
//! ways); where it comes from an `i32.eqz` (asm.js `!x`), the two cancel
//! under a branch, which reads its operand as a truth value; where it is a
//! non-zero constant (`while (1)`), the branch is never taken and goes.

use crate::ir::{Code, Inst, Op};

/// Rewrite every `i32.eqz; br_if` whose operand allows it, in place.
pub(crate) fn run(code: &mut Code) {
    // `code[..kept]` is the output so far: never longer than the input read.
    let mut kept = 0;
    for i in 0..code.len() {
        if matches!(code[i], Inst::BrIf(_))
            && kept >= 2
            && matches!(code[kept - 1], Inst::Op(Op::I32Eqz))
        {
            match code[kept - 2] {
                Inst::Op(Op::I32Eqz) => kept -= 2,
                Inst::I32Const(c) if c != 0 => {
                    kept -= 2;
                    continue;
                }
                Inst::Op(op) => {
                    if let Some(opposite) = opposite(op) {
                        code[kept - 2] = Inst::Op(opposite);
                        kept -= 1;
                    }
                }
                _ => {}
            }
        }
        code.swap(kept, i);
        kept += 1;
    }
    code.truncate(kept);
}

/// The int comparison that is `op`'s negation.
fn opposite(op: Op) -> Option<Op> {
    Some(match op {
        Op::I32Eq => Op::I32Ne,
        Op::I32Ne => Op::I32Eq,
        Op::I32LtS => Op::I32GeS,
        Op::I32LeS => Op::I32GtS,
        Op::I32GtS => Op::I32LeS,
        Op::I32GeS => Op::I32LtS,
        Op::I32LtU => Op::I32GeU,
        Op::I32LeU => Op::I32GtU,
        Op::I32GtU => Op::I32LeU,
        Op::I32GeU => Op::I32LtU,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::passes::{apply, normal};

    #[test]
    fn an_int_comparison_is_negated() {
        let after = apply(
            run,
            "loop
               local.get 0
               i32.const 10
               i32.lt_s
               i32.eqz
               br_if 1
             end",
        );
        let expected = "loop
               local.get 0
               i32.const 10
               i32.ge_s
               br_if 1
             end";
        assert_eq!(after, normal(expected));
    }

    #[test]
    fn unsigned_and_equality_comparisons_have_their_opposites() {
        for (op, opposite) in [
            ("i32.le_u", "i32.gt_u"),
            ("i32.ge_u", "i32.lt_u"),
            ("i32.eq", "i32.ne"),
            ("i32.ne", "i32.eq"),
        ] {
            let after = apply(run, &format!("local.get 0\nlocal.get 1\n{op}\ni32.eqz\nbr_if 0"));
            assert_eq!(after, normal(&format!("local.get 0\nlocal.get 1\n{opposite}\nbr_if 0")));
        }
    }

    #[test]
    fn a_float_comparison_keeps_its_eqz() {
        // `!(a < b)` is true for NaN, `a >= b` false.
        let before = "local.get 0
             local.get 1
             f64.lt
             i32.eqz
             br_if 0";
        assert_eq!(apply(run, before), normal(before));
    }

    #[test]
    fn two_eqz_cancel_under_a_branch() {
        let after = apply(run, "local.get 2\ni32.eqz\ni32.eqz\nbr_if 0");
        assert_eq!(after, normal("local.get 2\nbr_if 0"));
    }

    #[test]
    fn a_non_zero_constant_never_branches() {
        let after = apply(run, "loop\ni32.const 1\ni32.eqz\nbr_if 1\nbr 0\nend");
        assert_eq!(after, normal("loop\nbr 0\nend"));
        // Zero always branches: kept.
        let zero = "i32.const 0\ni32.eqz\nbr_if 1";
        assert_eq!(apply(run, zero), normal(zero));
    }

    #[test]
    fn an_eqz_whose_value_is_kept_is_not_touched() {
        let before = "local.get 0\nlocal.get 1\ni32.lt_s\ni32.eqz\nlocal.set 2";
        assert_eq!(apply(run, before), normal(before));
    }
}
