//! Select formation: small conditionals as `select`, without a branch.
//!
//! `if (rv > cv) { child = child + 1 | 0; cv = rv; }` branches on data: in
//! heapsort's sift-down on random values the CPU guesses that branch wrong
//! half the time, some 15 cycles each. Its assignments are cheap and
//! cannot fail, so they can all run, each keeping the old value when the
//! test is false: `child = select(child + 1, child, t)`, which Cranelift
//! (and V8) compile to a conditional move. A `c ? a : b` with cheap arms
//! becomes one `select` the same way.
//!
//! Cheap ([`cheap`]): a constant, a read of a variable, or a local plus or
//! minus a constant: a value costing an instruction or three, with no
//! effect and no trap. An `if` (not hinted, without `else`) whose body is
//! at most [`MAX_ASSIGNMENTS`] assignments of cheap values to locals
//! becomes `select`s: with one assignment, and a test that writes nothing
//! the value reads, `v; local.get l; test; select; local.set l` (the value
//! first: it cannot change what the test computes); else the test's value
//! goes to a new local first and each assignment runs in order, so a later
//! one reads what an earlier one gave.

use wasm_encoder::ValType;

use crate::ir::{Code, Inst, Op, Ty, operand_start};
use crate::passes::Locals;

/// The most assignments an `if` made into `select`s may have: each costs
/// its value's instructions whatever the test says.
const MAX_ASSIGNMENTS: usize = 2;

/// The most instructions between an `if` and its `end` that can be cheap
/// arms: two assignments of three instructions and their statements'
/// positions, or two cheap values and the `else`.
const MAX_ARMS: usize = 12;

/// Make every small conditional of `code` `select`s; a test kept for
/// several gets a local from `locals`.
pub(crate) fn run(code: &mut Code, locals: &mut Locals<'_>) {
    let mut input = std::mem::take(code);
    let mut out = Code::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        // The `if`s of the form, whose `end` the lowering put close (a
        // hinted `if` is a bounds check or a guard: its branch is
        // predictable).
        if let Some(end) = short_if(&input, i)
            && !matches!(out.last(), Some(Inst::Hint(_)))
        {
            let Inst::If(block) = input[i] else { unreachable!() };
            // The test is the code just lowered: its start, without the
            // markers before it (a statement's position stays where it was).
            let mut test = operand_start(&out, out.len(), 0);
            while matches!(out[test], Inst::Hint(_) | Inst::Pos(_)) {
                test += 1;
            }
            let arms = &input[i + 1..end];
            let new = match block {
                Ty::Empty => assignments(&out[test..], arms, locals),
                _ => conditional(&out[test..], arms),
            };
            if let Some(new) = new {
                out.truncate(test);
                out.extend(new);
                i = end + 1;
                continue;
            }
        }
        out.push(std::mem::replace(&mut input[i], Inst::Pos(0)));
        i += 1;
    }
    *code = out;
}

/// The index of the `end` of the `if` at `at`, when its arms are at most
/// [`MAX_ARMS`] instructions with no block.
pub(super) fn short_if(code: &Code, at: usize) -> Option<usize> {
    if !matches!(code[at], Inst::If(_)) {
        return None;
    }
    for (k, inst) in code.iter().enumerate().skip(at + 1).take(MAX_ARMS + 1) {
        match inst {
            Inst::Op(Op::End) => return Some(k),
            Inst::Block(_) | Inst::Loop(_) | Inst::If(_) => return None,
            _ => {}
        }
    }
    None
}

/// `if (test) { l = v; ... }`, the arm `arm` of the `if`.
fn assignments(test: &[Inst], arm: &[Inst], locals: &mut Locals<'_>) -> Option<Code> {
    // The arm's instructions, its statements' positions left out (the
    // assignments no longer have code of their own).
    let arm: Vec<&Inst> = arm.iter().filter(|i| !matches!(i, Inst::Pos(_))).collect();
    let mut sets: Vec<(u32, &[&Inst])> = Vec::new();
    let mut rest = &arm[..];
    while !rest.is_empty() {
        let n = (1..=3)
            .find(|&n| matches!(rest.get(n), Some(Inst::LocalSet(_))) && cheap(&rest[..n]))?;
        let Inst::LocalSet(l) = rest[n] else { unreachable!() };
        sets.push((*l, &rest[..n]));
        rest = &rest[n + 1..];
    }
    if sets.is_empty() || sets.len() > MAX_ASSIGNMENTS {
        return None;
    }
    let mut out = Code::new();
    if let [(l, v)] = sets[..] {
        let mut read = reads(v);
        read.locals.push(l);
        if !writes_any(test, &read) {
            out.extend(v.iter().map(|&i| i.clone()));
            out.push(Inst::LocalGet(l));
            out.extend_from_slice(test);
            out.extend([Inst::Op(Op::Select), Inst::LocalSet(l)]);
            return Some(out);
        }
    }
    let t = locals.add(ValType::I32);
    out.extend_from_slice(test);
    out.push(Inst::LocalSet(t));
    for (l, v) in sets {
        out.extend(v.iter().map(|&i| i.clone()));
        out.extend([Inst::LocalGet(l), Inst::LocalGet(t), Inst::Op(Op::Select), Inst::LocalSet(l)]);
    }
    Some(out)
}

/// `test ? cons : alt`, the arms `arms` of the `if`: `cons; alt; test;
/// select` when both arms are cheap and the test writes nothing they read.
fn conditional(test: &[Inst], arms: &[Inst]) -> Option<Code> {
    let arms: Vec<&Inst> = arms.iter().collect();
    let split = arms.iter().position(|i| matches!(i, Inst::Op(Op::Else)))?;
    let (cons, alt) = (&arms[..split], &arms[split + 1..]);
    if !cheap(cons) || !cheap(alt) {
        return None;
    }
    let mut read = reads(cons);
    let alt_reads = reads(alt);
    read.locals.extend(alt_reads.locals);
    read.globals |= alt_reads.globals;
    if writes_any(test, &read) {
        return None;
    }
    let mut out: Code = cons.iter().chain(alt).map(|&i| i.clone()).collect();
    out.extend_from_slice(test);
    out.push(Inst::Op(Op::Select));
    Some(out)
}

/// Whether `v` is a cheap value: one constant or read, or a local plus or
/// minus a constant. No effect, no trap.
fn cheap(v: &[&Inst]) -> bool {
    let leaf = |i: &Inst| {
        matches!(
            i,
            Inst::GetConst(_)
                | Inst::I32Const(_)
                | Inst::F32Const(_)
                | Inst::F64Const(_)
                | Inst::LocalGet(_)
                | Inst::GlobalGet(_)
        )
    };
    match v {
        [x] => leaf(x),
        [Inst::LocalGet(_), c, Inst::Op(op)] => {
            matches!(c, Inst::I32Const(_) | Inst::F32Const(_) | Inst::F64Const(_))
                && matches!(
                    op,
                    Op::I32Add | Op::I32Sub | Op::F32Add | Op::F32Sub | Op::F64Add | Op::F64Sub
                )
        }
        _ => false,
    }
}

/// What a cheap value reads: locals, and whether any global.
#[derive(Default)]
struct Reads {
    locals: Vec<u32>,
    globals: bool,
}

fn reads(v: &[&Inst]) -> Reads {
    let mut r = Reads::default();
    for i in v {
        match i {
            Inst::LocalGet(l) => r.locals.push(*l),
            Inst::GlobalGet(_) => r.globals = true,
            _ => {}
        }
    }
    r
}

/// Whether `code` may write what `read` names: one of its locals, or,
/// when it names globals, any global (a call may set one).
fn writes_any(code: &[Inst], read: &Reads) -> bool {
    code.iter().any(|i| match i {
        Inst::LocalSet(l) | Inst::LocalTee(l) => read.locals.contains(l),
        Inst::GlobalSet(_) | Inst::Call { .. } | Inst::CallIndirect { .. } => read.globals,
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::ir::{parse, print};
    use crate::passes::{Locals, normal};
    use wasm_encoder::ValType;

    /// `before` with the pass run, a function with `n` locals.
    fn apply(before: &str, n: u32) -> (String, Vec<ValType>) {
        let mut code = parse(before);
        let mut added = Vec::new();
        run(&mut code, &mut Locals { next: n, added: &mut added });
        (print(&code), added)
    }

    #[test]
    fn one_assignment_after_a_pure_test_is_one_select() {
        // if ((a|0) > (b|0)) c = c + 1 | 0;
        let (after, added) = apply(
            "pos 10
             local.get 0
             local.get 1
             i32.gt_s
             if
               pos 30
               local.get 2
               i32.const 1
               i32.add
               local.set 2
             end",
            3,
        );
        let expected = "pos 10
             local.get 2
             i32.const 1
             i32.add
             local.get 2
             local.get 0
             local.get 1
             i32.gt_s
             select
             local.set 2";
        assert_eq!(after, normal(expected));
        assert!(added.is_empty());
    }

    #[test]
    fn two_assignments_share_the_test_in_a_new_local() {
        // if (rv > cv) { child = child + 1 | 0; cv = rv; }
        let (after, added) = apply(
            "local.get 0\nlocal.get 1\nf64.gt\nif
               local.get 2\ni32.const 1\ni32.add\nlocal.set 2
               local.get 0\nlocal.set 1
             end",
            3,
        );
        let expected = "local.get 0\nlocal.get 1\nf64.gt\nlocal.set 3
             local.get 2\ni32.const 1\ni32.add\nlocal.get 2\nlocal.get 3\nselect\nlocal.set 2
             local.get 0\nlocal.get 1\nlocal.get 3\nselect\nlocal.set 1";
        assert_eq!(after, normal(expected));
        assert_eq!(added, [ValType::I32]);
    }

    #[test]
    fn a_test_writing_what_the_value_reads_keeps_its_place() {
        // if ((x = x + 1 | 0) > 5) y = x;  -- the value reads what the test set.
        let (after, _) = apply(
            "local.get 0\ni32.const 1\ni32.add\nlocal.tee 0\ni32.const 5\ni32.gt_s\nif
               local.get 0\nlocal.set 1
             end",
            2,
        );
        let expected = "local.get 0\ni32.const 1\ni32.add\nlocal.tee 0\ni32.const 5\ni32.gt_s
             local.set 2
             local.get 0\nlocal.get 1\nlocal.get 2\nselect\nlocal.set 1";
        assert_eq!(after, normal(expected));
    }

    #[test]
    fn a_conditional_with_cheap_arms_is_a_select() {
        let (after, _) =
            apply("local.get 0\nif (result f64)\nf64.const 1.5\nelse\nlocal.get 1\nend", 2);
        assert_eq!(after, normal("f64.const 1.5\nlocal.get 1\nlocal.get 0\nselect"));
    }

    #[test]
    fn what_may_fail_or_costs_more_keeps_its_branch() {
        for before in [
            // A load in the arm.
            "local.get 0\nif\nlocal.get 1\nload.I32\nlocal.set 2\nend",
            // Three assignments.
            "local.get 0\nif\ni32.const 1\nlocal.set 1\ni32.const 2\nlocal.set 2\ni32.const 3\nlocal.set 3\nend",
            // An `else`.
            "local.get 0\nif\ni32.const 1\nlocal.set 1\nelse\ni32.const 2\nlocal.set 1\nend",
            // A bounds check: hinted.
            "local.get 0\nhint taken\nif (result i32)\ni32.const 1\nelse\ni32.const 0\nend",
            // A call in an arm.
            "local.get 0\nif (result i32)\ncall 3/0/1\nelse\ni32.const 0\nend",
        ] {
            assert_eq!(apply(before, 4).0, normal(before), "{before}");
        }
    }

    #[test]
    fn a_call_in_the_test_keeps_a_global_read_after_it() {
        // if (f() | 0) g0 = G;  -- the call may set G.
        let (after, added) = apply("call 7/0/1\nif\nglobal.get 0\nlocal.set 0\nend", 1);
        assert_eq!(
            after,
            normal(
                "call 7/0/1\nlocal.set 1\nglobal.get 0\nlocal.get 0\nlocal.get 1\nselect\nlocal.set 0"
            )
        );
        assert_eq!(added, [ValType::I32]);
    }
}
