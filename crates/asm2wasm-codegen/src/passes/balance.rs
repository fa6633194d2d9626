//! Chain balancing: `a ^ b ^ c ^ d` as `(a ^ b) ^ (c ^ d)`.
//!
//! Four or more operands combined by one of `i32.and`, `i32.or`,
//! `i32.xor`, however parenthesised, are combined as a balanced tree: the
//! value is the same (these are associative on i32) and the operands keep
//! their order, so every effect keeps its place; but the chain of
//! dependent instructions after the operands is `log2 n` long instead of
//! `n - 1`. Table-driven hashes and CRCs combine four table loads this way
//! each round, on the loop's critical path.
//!
//! Only the operators move: the code keeps its length, and every operand
//! its instructions.

use crate::ir::{Code, Inst, NONE, Op, Tree, tree};

/// The fewest operands a chain is balanced from: three give the same depth
/// either way.
pub(super) const MIN_OPERANDS: usize = 4;

/// Balance every chain of `code`.
pub(crate) fn run(code: &mut Code) {
    let tree = tree(code);
    // The chains' roots (an operator whose value another of the same does
    // not take), innermost first. Balancing one moves only code inside
    // it, and keeps its start and its root's place: what the tree says of
    // the code outside it, and of its root, stays true.
    let roots: Vec<usize> = (0..code.len())
        .filter(|&i| {
            is_chained(&code[i])
                && (tree.parent[i] == NONE || !same(&code[tree.parent[i] as usize], &code[i]))
        })
        .collect();
    for root in roots {
        balance(code, &tree, root);
    }
}

fn is_chained(inst: &Inst) -> bool {
    matches!(inst, Inst::Op(Op::I32And | Op::I32Or | Op::I32Xor))
}

/// Whether `a` is a chained operator, and the one `b` is.
fn same(a: &Inst, b: &Inst) -> bool {
    match (a, b) {
        (Inst::Op(x), Inst::Op(y)) => {
            is_chained(a) && std::mem::discriminant(x) == std::mem::discriminant(y)
        }
        _ => false,
    }
}

/// Balance the chain whose root operator is at `root`.
fn balance(code: &mut Code, tree: &Tree, root: usize) {
    // The operands, as ranges of `code` (disjoint: sorted, in code order).
    // An operator's right operand ends just before it, its left operand
    // just before the right one starts.
    let mut operands: Vec<(usize, usize)> = Vec::new();
    let mut todo = vec![root];
    while let Some(op) = todo.pop() {
        let rhs = tree.start[op - 1] as usize;
        for end in [rhs, op] {
            if same(&code[end - 1], &code[root]) {
                todo.push(end - 1);
            } else {
                operands.push((tree.start[end - 1] as usize, end));
            }
        }
    }
    if operands.len() < MIN_OPERANDS {
        return;
    }
    operands.sort_unstable();
    let start = operands[0].0;
    let op = code[root].clone();
    let mut out = Code::with_capacity(root + 1 - start);
    emit(code, &operands, &op, &mut out);
    code.splice(start..=root, out);
}

/// `operands` combined by `op`, halves first.
fn emit(code: &Code, operands: &[(usize, usize)], op: &Inst, out: &mut Code) {
    if let [(start, end)] = operands {
        out.extend_from_slice(&code[*start..*end]);
        return;
    }
    let (l, r) = operands.split_at(operands.len() / 2);
    emit(code, l, op, out);
    emit(code, r, op, out);
    out.push(op.clone());
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::passes::{apply, normal};

    #[test]
    fn four_operands_left_to_right_make_two_pairs() {
        let after = apply(
            run,
            "local.get 0
             local.get 1
             i32.xor
             local.get 2
             i32.xor
             local.get 3
             i32.xor",
        );
        let expected = "local.get 0
             local.get 1
             i32.xor
             local.get 2
             local.get 3
             i32.xor
             i32.xor";
        assert_eq!(after, normal(expected));
    }

    #[test]
    fn any_parenthesising_gives_the_same_tree_and_order() {
        // a | (b | (c | (d | e))): five operands, halves of two and three.
        let after = apply(
            run,
            "local.get 0\nlocal.get 1\nlocal.get 2\nlocal.get 3\nlocal.get 4
             i32.or\ni32.or\ni32.or\ni32.or",
        );
        let expected = "local.get 0\nlocal.get 1\ni32.or
             local.get 2\nlocal.get 3\nlocal.get 4\ni32.or\ni32.or\ni32.or";
        assert_eq!(after, normal(expected));
    }

    #[test]
    fn operands_keep_their_code_and_effects_in_order() {
        // Each operand a load or a call: they run in the same order.
        let after = apply(
            run,
            "local.get 0\nload.I32\ncall 5/0/1\ni32.and\nlocal.get 1\nlocal.tee 2\ni32.and
             local.get 2\ni32.const 4\ni32.add\nload.I32\ni32.and",
        );
        let expected = "local.get 0\nload.I32\ncall 5/0/1\ni32.and
             local.get 1\nlocal.tee 2\nlocal.get 2\ni32.const 4\ni32.add\nload.I32\ni32.and\ni32.and";
        assert_eq!(after, normal(expected));
    }

    #[test]
    fn three_operands_or_mixed_operators_stay() {
        let three = "local.get 0\nlocal.get 1\ni32.xor\nlocal.get 2\ni32.xor";
        assert_eq!(apply(run, three), normal(three));
        // `(a ^ b) & c ^ d`: no operator has four operands of its own.
        let mixed = "local.get 0\nlocal.get 1\ni32.xor\nlocal.get 2\ni32.and\nlocal.get 3\ni32.xor";
        assert_eq!(apply(run, mixed), normal(mixed));
    }

    #[test]
    fn a_chain_inside_an_operand_is_balanced_too() {
        // x + (a ^ b ^ c ^ d) ^ ... : the inner xor chain under an add.
        let after = apply(
            run,
            "local.get 9
             local.get 0\nlocal.get 1\ni32.xor\nlocal.get 2\ni32.xor\nlocal.get 3\ni32.xor
             i32.add",
        );
        let expected = "local.get 9
             local.get 0\nlocal.get 1\ni32.xor\nlocal.get 2\nlocal.get 3\ni32.xor\ni32.xor
             i32.add";
        assert_eq!(after, normal(expected));
    }
}
