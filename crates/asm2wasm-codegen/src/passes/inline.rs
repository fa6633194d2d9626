//! Inlining: a call of a small function replaced by the function's body.
//!
//! V8 does not inline one wasm function into another, nor does wasmtime by
//! default, so a call costs a call in the engines our users run. asm.js code
//! calls small accessors and mixers everywhere (`load32(p)`, `xorshift(x)`,
//! `push(v)`). A call of a small function without loops or `switch` is
//! replaced by its body: from inside a loop when the callee has at most
//! [`MAX_NODES`] expression nodes, anywhere when it has at most
//! [`TINY_NODES`] ([`inlines`]). Calls inside an inlined body are inlined
//! in turn, at most [`MAX_DEPTH`] deep, and a function already being
//! inlined is never inlined again inside itself (recursion stays a call).
//!
//! In place of `call f` (its arguments on the stack): the arguments go
//! into new locals of the caller set aside for `f`'s, its other locals get
//! their initial values (every time: the block may run again), and its
//! body runs in a block whose end its `return`s reach. The same values and
//! effects in the same order as the call, without the call. The body comes
//! from the lowering ([`Callees::body`]) for its place: in a loop or not
//! (a body in a loop gets guards, one outside runs once and does not).

use asm2wasm_base::ast::StmtKind;
use asm2wasm_check::TypedFunction;
use wasm_encoder::ValType;

use crate::ir::{Code, Inst, Op, Ty};
use crate::passes::Locals;

/// The most expression nodes (its parameter annotations included) of a
/// function whose calls from loops are inlined.
const MAX_NODES: usize = 48;
/// The most expression nodes of a function whose calls are inlined
/// wherever they are.
const TINY_NODES: usize = 32;
/// How many inlined bodies may nest.
const MAX_DEPTH: usize = 2;

/// Whether calls of `f` may be inlined: small, and no loop or `switch` (a
/// loop's cost hides the call's; a `switch` is big).
pub(crate) fn inlinable(f: &TypedFunction) -> bool {
    f.ast.body.exprs.len() <= MAX_NODES
        && f.ast.body.stmts.iter().all(|s| {
            !matches!(
                s.kind,
                StmtKind::While { .. }
                    | StmtKind::DoWhile { .. }
                    | StmtKind::For { .. }
                    | StmtKind::Switch { .. }
            )
        })
}

/// Whether a call of function `f` (`callee`, for which [`inlinable`] said
/// `inlinable`) is inlined, from the bodies `stack` (the function being
/// lowered, then those inlined, innermost last), in a loop or not.
pub(crate) fn inlines(
    f: u32,
    callee: &TypedFunction,
    inlinable: bool,
    stack: &[u32],
    in_loop: bool,
) -> bool {
    inlinable
        && (callee.ast.body.exprs.len() <= TINY_NODES || in_loop)
        && stack.len() <= MAX_DEPTH
        && !stack.contains(&f)
}

/// A body to put in place of a call, as the lowering gives it for the
/// place: its locals numbered from 0 (parameters first), each `return` a
/// `br` to the block around it.
pub(crate) struct Inlined {
    pub(crate) code: Code,
    /// The wasm types of its locals: parameters, other locals, then the
    /// lowering's scratch locals.
    pub(crate) locals: Vec<ValType>,
    pub(crate) params: u32,
    /// Code giving its locals past the parameters their initial values.
    pub(crate) init: Code,
    /// The type of the block around it: the function's result.
    pub(crate) result: Ty,
}

/// What the pass asks of the module.
pub(crate) trait Callees {
    /// The asm.js function a call of wasm function `func` calls, if it is one.
    fn function(&self, func: u32) -> Option<u32>;
    /// Whether a call of `f` from the bodies `stack`, in a loop or not, is
    /// inlined ([`inlines`]).
    fn inlines(&self, f: u32, stack: &[u32], in_loop: bool) -> bool;
    /// `f`'s body for a call from the bodies `stack` (`f` last), in a
    /// loop or not.
    fn body(&self, f: u32, stack: &[u32], in_loop: bool) -> Inlined;
}

/// Inline the calls of `code` that [`Callees::inlines`] says, `code` being
/// the body of the last function of `stack`, in a loop or not; the
/// callees' locals are added to `locals`.
pub(crate) fn run(
    code: &mut Code,
    callees: &impl Callees,
    stack: &[u32],
    in_loop: bool,
    locals: &mut Locals<'_>,
) {
    // A call that could be inlined somewhere (in a loop, the rule is the
    // most permissive).
    let candidate = |i: &Inst| match i {
        Inst::Call { func, .. } => {
            callees.function(*func).is_some_and(|f| callees.inlines(f, stack, true))
        }
        _ => false,
    };
    if !code.iter().any(candidate) {
        return;
    }
    let input = std::mem::take(code);
    let mut out = Code::with_capacity(input.len());
    // The structured instructions open here: whether each is a loop.
    let mut open: Vec<bool> = Vec::new();
    for inst in input {
        match inst {
            Inst::Loop(_) => open.push(true),
            Inst::Block(_) | Inst::If(_) => open.push(false),
            Inst::Op(Op::End) => {
                open.pop();
            }
            Inst::Call { func, .. } => {
                let here = in_loop || open.contains(&true);
                if let Some(f) = callees.function(func)
                    && callees.inlines(f, stack, here)
                {
                    inline(&mut out, callees, stack, f, here, locals);
                    continue;
                }
            }
            _ => {}
        }
        out.push(inst);
    }
    *code = out;
}

/// Append `f`'s body in place of a call of it from the bodies `stack`.
fn inline(
    out: &mut Code,
    callees: &impl Callees,
    stack: &[u32],
    f: u32,
    in_loop: bool,
    locals: &mut Locals<'_>,
) {
    let mut inner = stack.to_vec();
    inner.push(f);
    let mut body = callees.body(f, &inner, in_loop);
    // Its own calls first, their locals after its own.
    let mut added = Vec::new();
    let next = body.locals.len() as u32;
    run(&mut body.code, callees, &inner, in_loop, &mut Locals { next, added: &mut added });
    body.locals.extend(added);
    let base = locals.next;
    body.locals.iter().for_each(|&t| {
        locals.add(t);
    });
    out.extend((0..body.params).rev().map(|i| Inst::LocalSet(base + i)));
    out.extend(body.init.into_iter().map(|i| shifted(i, base)));
    out.push(Inst::Block(body.result));
    out.extend(body.code.into_iter().map(|i| shifted(i, base)));
    out.push(Inst::Op(Op::End));
}

/// `inst` with its local index, if it has one, moved up by `base`.
fn shifted(inst: Inst, base: u32) -> Inst {
    match inst {
        Inst::LocalGet(l) => Inst::LocalGet(l + base),
        Inst::LocalSet(l) => Inst::LocalSet(l + base),
        Inst::LocalTee(l) => Inst::LocalTee(l + base),
        inst => inst,
    }
}

#[cfg(test)]
mod tests {
    use wasm_encoder::ValType;

    use super::{Callees, Inlined, run};
    use crate::ir::{parse, print};
    use crate::passes::{Locals, normal};

    /// Functions 0 (the caller), 1: `(a, b) => a + b | 0` with a local
    /// set to 7, 2: `(x) => f1(x, x)`, 3: too big to inline, 4: calls
    /// itself. Wasm function `n` is asm.js function `n`; 1 and 2 are
    /// inlined from loops only, 4 anywhere.
    struct Module;

    impl Callees for Module {
        fn function(&self, func: u32) -> Option<u32> {
            Some(func)
        }
        fn inlines(&self, f: u32, stack: &[u32], in_loop: bool) -> bool {
            // As [`super::inlines`] says of such functions.
            f != 3 && (in_loop || f == 4) && stack.len() <= 2 && !stack.contains(&f)
        }
        fn body(&self, f: u32, _: &[u32], _: bool) -> Inlined {
            let (code, locals, params) = match f {
                1 => ("local.get 0\nlocal.get 1\ni32.add\nbr 0", 3, 2),
                2 => ("local.get 0\nlocal.get 0\ncall 1/2/1", 1, 1),
                _ => ("local.get 0\ncall 4/1/1", 1, 1),
            };
            Inlined {
                code: parse(code),
                locals: vec![ValType::I32; locals],
                params,
                init: if f == 1 { parse("i32.const 7\nlocal.set 2") } else { vec![] },
                result: crate::ir::Ty::I32,
            }
        }
    }

    fn apply(before: &str, locals: u32) -> (String, Vec<ValType>) {
        let mut code = parse(before);
        let mut added = Vec::new();
        run(&mut code, &Module, &[0], false, &mut Locals { next: locals, added: &mut added });
        (print(&code), added)
    }

    #[test]
    fn a_call_in_a_loop_becomes_its_body_in_new_locals() {
        let (after, added) = apply(
            "loop
               local.get 0
               i32.const 2
               call 1/2/1
               local.set 0
             end",
            1,
        );
        let expected = "loop
               local.get 0
               i32.const 2
               local.set 2
               local.set 1
               i32.const 7
               local.set 3
               block (result i32)
                 local.get 1
                 local.get 2
                 i32.add
                 br 0
               end
               local.set 0
             end";
        assert_eq!(after, normal(expected));
        assert_eq!(added.len(), 3);
    }

    #[test]
    fn outside_loops_only_tiny_functions_are_inlined() {
        let before = "local.get 0\ni32.const 2\ncall 1/2/1\ndrop";
        // `Module` says 1 is not tiny: outside a loop it stays a call.
        assert_eq!(apply(before, 1).0, normal(before));
    }

    #[test]
    fn calls_inside_an_inlined_body_are_inlined_in_its_locals() {
        // f2(x) = f1(x, x): f1's locals come after f2's, both after the caller's.
        let (after, added) = apply("loop\nlocal.get 0\ncall 2/1/1\ndrop\nend", 1);
        let expected = "loop
               local.get 0
               local.set 1
               block (result i32)
                 local.get 1
                 local.get 1
                 local.set 3
                 local.set 2
                 i32.const 7
                 local.set 4
                 block (result i32)
                   local.get 2
                   local.get 3
                   i32.add
                   br 0
                 end
               end
               drop
             end";
        assert_eq!(after, normal(expected));
        assert_eq!(added.len(), 4);
    }

    #[test]
    fn big_functions_and_recursion_stay_calls() {
        let big = "loop\nlocal.get 0\ncall 3/1/1\ndrop\nend";
        assert_eq!(apply(big, 1).0, normal(big));
        // f4 calls itself: inlined once, its inner call stays a call.
        let (after, _) = apply("local.get 0\ncall 4/1/1\ndrop", 1);
        let expected = "local.get 0
             local.set 1
             block (result i32)
               local.get 1
               call 4/1/1
             end
             drop";
        assert_eq!(after, normal(expected));
    }
}
