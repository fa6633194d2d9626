//! The alignment half of [`super`]: what the code knows of the low zero
//! bits of locals, and which masks a loop's pointers, tested aligned,
//! spare.

use super::Cx;
use crate::ir::{self, Inst, Op};
use crate::passes::guards;

/// How deep an expression is read for its low zero bits.
const MAX_DEPTH: u32 = 8;

/// The low zero bits of each local wherever the code reads it: what every
/// assignment of it in the function gives (a local starts at 0; a
/// parameter at any value).
pub(super) struct Known {
    zeros: Vec<u32>,
    /// Facts of the fast copy being walked: (local, low zero bits).
    pub(super) facts: Vec<(u32, u32)>,
}

impl Known {
    pub(super) fn of(code: &[Inst], tree: &ir::Tree, params: u32) -> Known {
        let count = local_count(code) as usize;
        let sets: Vec<(u32, usize)> = code
            .iter()
            .enumerate()
            .filter_map(|(i, inst)| match inst {
                Inst::LocalSet(l) | Inst::LocalTee(l) if i > 0 => Some((*l, i - 1)),
                _ => None,
            })
            .collect();
        // Start from "any number of zeros" for every local but the
        // parameters, and lower until every assignment's value has as many.
        let mut zeros: Vec<u32> =
            (0..count as u32).map(|l| if l < params { 0 } else { 32 }).collect();
        loop {
            let mut changed = false;
            for &(l, value) in &sets {
                let z = low_zeros(code, tree, value, &|x| zeros[x as usize], MAX_DEPTH);
                if z < zeros[l as usize] {
                    zeros[l as usize] = z;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        Known { zeros, facts: Vec::new() }
    }

    fn get(&self, l: u32) -> u32 {
        let fact = self.facts.iter().filter(|f| f.0 == l).map(|f| f.1).max().unwrap_or(0);
        self.zeros.get(l as usize).copied().unwrap_or(0).max(fact)
    }
}

/// The low bits known zero of the value the expression rooted at `root`
/// gives, the locals' given by `local`.
fn low_zeros(
    code: &[Inst],
    tree: &ir::Tree,
    root: usize,
    local: &impl Fn(u32) -> u32,
    depth: u32,
) -> u32 {
    let Some(depth) = depth.checked_sub(1) else { return 0 };
    let z = |e: usize| low_zeros(code, tree, e, local, depth);
    match &code[root] {
        Inst::LocalGet(l) => local(*l),
        Inst::I32Const(c) => (*c as u32).trailing_zeros(),
        Inst::LocalTee(_) => z(root - 1),
        Inst::Op(op) => {
            let Some((a, b)) = operands(tree, root) else { return 0 };
            match op {
                // `p - (p & (2^k - 1))`: `p` with its low `k` bits cleared.
                Op::I32Sub
                    if matches!(
                        (&code[a], &code[b], code.get(b.wrapping_sub(1))),
                        (Inst::LocalGet(x), Inst::Op(Op::I32And), Some(Inst::I32Const(m)))
                            if code.get(b.wrapping_sub(2)) == Some(&Inst::LocalGet(*x))
                                && (*m as u32).wrapping_add(1).is_power_of_two()
                    ) =>
                {
                    let Inst::I32Const(m) = code[b - 1] else { unreachable!() };
                    (m as u32).trailing_ones().max(z(a))
                }
                Op::I32Add | Op::I32Sub | Op::I32Or | Op::I32Xor => z(a).min(z(b)),
                Op::I32And => z(a).max(z(b)),
                Op::I32Mul => (z(a) + z(b)).min(32),
                Op::I32Shl => match code[b] {
                    Inst::I32Const(s) => (z(a) + (s as u32 & 31)).min(32),
                    _ => 0,
                },
                _ => 0,
            }
        }
        _ => 0,
    }
}

/// The roots of the two operands of the binary operator at `root`.
fn operands(tree: &ir::Tree, root: usize) -> Option<(usize, usize)> {
    let b = root.checked_sub(1)?;
    let a = (tree.start[b] as usize).checked_sub(1)?;
    Some((a, b))
}

/// The locals to test aligned (with their low zero bits), and the masks
/// the fast copy then drops (as [`Fast::unmasked`] holds them), in the
/// loop statement `code[start..=end]`.
pub(super) fn alignment(
    code: &[Inst],
    tree: &ir::Tree,
    start: usize,
    end: usize,
    cx: &Cx,
) -> (Vec<(u32, u32)>, Vec<usize>) {
    let range = start + 2..end - 1;
    // The masks: (where [`Fast::unmasked`] names it, the address's root, k).
    let mut masks: Vec<(usize, usize, u32)> = Vec::new();
    // The assignments: (local, its value's root).
    let mut assigns: Vec<(u32, usize)> = Vec::new();
    for i in range.clone() {
        match code[i] {
            Inst::CheckedLoad { align, .. } | Inst::CheckedStore { align, .. } if align > 0 => {
                let a = guards::access(code, tree, i).unwrap();
                masks.push((i, a.addr_end - 1, u32::from(align)));
            }
            // An unchecked access's mask: `a; i32.const -2^k; i32.and`.
            Inst::I32Const(m @ (-8 | -4 | -2))
                if code.get(i + 1) == Some(&Inst::Op(Op::I32And))
                    && matches!(
                        code.get(tree.parent[i + 1] as usize),
                        Some(Inst::Load { .. } | Inst::Store { .. })
                    ) =>
            {
                masks.push((i, i - 1, m.unsigned_abs().trailing_zeros()));
            }
            Inst::LocalSet(l) | Inst::LocalTee(l) => assigns.push((l, i - 1)),
            _ => {}
        }
    }
    let known = |l: u32| cx.known.get(l);
    let mut tests: Vec<(u32, u32)> = Vec::new();
    let mut unmasked = Vec::new();
    // Every local of the function is in `Known`: the loop names no other.
    let count = cx.known.zeros.len() as u32;
    for k in (1..=3).rev() {
        if !masks.iter().any(|m| m.2 == k) {
            continue;
        }
        // The locals that stay multiples of 2^k if they all start so: the
        // greatest set closed under the loop's assignments.
        let mut kept: Vec<bool> = (0..count).map(|l| !cx.tested.contains(&l)).collect();
        loop {
            let zeros = |l: u32| if kept.get(l as usize) == Some(&true) { k } else { known(l) };
            let lost: Vec<u32> = assigns
                .iter()
                .filter(|&&(l, v)| {
                    kept[l as usize] && low_zeros(code, tree, v, &zeros, MAX_DEPTH) < k
                })
                .map(|&(l, _)| l)
                .collect();
            if lost.is_empty() {
                break;
            }
            lost.into_iter().for_each(|l| kept[l as usize] = false);
        }
        let zeros = |l: u32| if kept.get(l as usize) == Some(&true) { k } else { known(l) };
        // The locals to test: those the spared masks need, those their
        // assignments need, and so on.
        let mut need: Vec<u32> = Vec::new();
        for &(at, root, _) in masks.iter().filter(|m| m.2 == k) {
            if low_zeros(code, tree, root, &zeros, MAX_DEPTH) >= k {
                unmasked.push(at);
                needed(code, tree, root, k, &kept, &zeros, &known, MAX_DEPTH, &mut need);
            }
        }
        let mut next = 0;
        while next < need.len() {
            let l = need[next];
            next += 1;
            for &(_, v) in assigns.iter().filter(|a| a.0 == l) {
                needed(code, tree, v, k, &kept, &zeros, &known, MAX_DEPTH, &mut need);
            }
        }
        for l in need {
            if known(l) < k && !tests.iter().any(|t| t.0 == l) {
                tests.push((l, k));
            }
        }
    }
    (tests, unmasked)
}

/// One more than the greatest local index `code` names.
fn local_count(code: &[Inst]) -> u32 {
    code.iter()
        .filter_map(|i| match i {
            Inst::LocalGet(l) | Inst::LocalSet(l) | Inst::LocalTee(l) => Some(*l + 1),
            _ => None,
        })
        .max()
        .unwrap_or(0)
}

/// Add to `out` the locals of `kept` whose low `k` bits must be zero for
/// those of the expression at `root` to be (as [`low_zeros`] reads it,
/// `zeros` giving each local's when the loop's pointers are aligned): the
/// locals of a sum, not those under a shift that makes up for them.
#[allow(clippy::too_many_arguments)]
fn needed(
    code: &[Inst],
    tree: &ir::Tree,
    root: usize,
    k: u32,
    kept: &[bool],
    zeros: &impl Fn(u32) -> u32,
    known: &impl Fn(u32) -> u32,
    depth: u32,
    out: &mut Vec<u32>,
) {
    let Some(depth) = depth.checked_sub(1) else { return };
    let go = |e: usize, out: &mut Vec<u32>| {
        needed(code, tree, e, k, kept, zeros, known, depth, out);
    };
    match &code[root] {
        Inst::LocalGet(l)
            if kept.get(*l as usize) == Some(&true) && known(*l) < k && !out.contains(l) =>
        {
            out.push(*l);
        }
        Inst::LocalTee(_) => go(root - 1, out),
        Inst::Op(op) => {
            let Some((a, b)) = operands(tree, root) else { return };
            let lz = |e: usize, f: &dyn Fn(u32) -> u32| low_zeros(code, tree, e, &f, depth);
            match op {
                Op::I32Add | Op::I32Sub | Op::I32Or | Op::I32Xor => {
                    go(a, out);
                    go(b, out);
                }
                // One aligned side is enough: none needed if one already is.
                Op::I32And if lz(a, known) >= k || lz(b, known) >= k => {}
                Op::I32And => go(if lz(a, zeros) >= k { a } else { b }, out),
                Op::I32Shl => {
                    if let Inst::I32Const(s) = code[b]
                        && (s as u32 & 31) < k
                    {
                        go(a, out);
                    }
                }
                _ => {}
            }
        }
        _ => {}
    }
}
