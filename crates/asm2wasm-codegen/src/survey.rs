//! The survey of the functions before any is emitted: the imports in order
//! of first use, the globals assigned, and a guess at the helpers and
//! constant globals the code will use ([`crate::compile`] lays the module
//! out from it).

use rustc_hash::FxHashSet;

use asm2wasm_base::Interner;
use asm2wasm_base::ast::{BinOp, ExprId, ExprKind, UnOp};
use asm2wasm_check::{GlobalKind, Res, StdFn, Ty, TypedFunction, TypedModule};
use wasm_encoder::ValType;

use crate::helpers::Helper;
use crate::{ConstGlobal, FuncType, HeapChecks, Options, Uses, ffi_type, math_import};

/// What the code of some functions needs, found before any of it is emitted.
#[derive(Default)]
pub(crate) struct Survey<'n> {
    /// The imported functions called, in order of first use: (module, name, type).
    pub(crate) imports: Vec<(&'static str, &'n str, FuncType)>,
    /// The same, to find one.
    seen: FxHashSet<(&'static str, &'n str, FuncType)>,
    /// The asm.js globals assigned somewhere.
    pub(crate) assigned: Vec<u32>,
    /// The helpers and constant globals the code is likely to use, read
    /// off its expressions: integer `/` and `%` by anything but a constant
    /// other than 0 and -1, double `%`, `~~`; heap accesses under exact
    /// checks. Exact for the usual forms, so that one emission is usually
    /// enough; [`crate::compile`] does not rely on it.
    pub(crate) uses: Uses,
}

impl<'n> Survey<'n> {
    fn import(&mut self, import: (&'static str, &'n str, FuncType)) {
        if !self.seen.contains(&import) {
            self.seen.insert(import.clone());
            self.imports.push(import);
        }
    }

    pub(crate) fn function(
        &mut self,
        m: &TypedModule,
        names: &'n Interner,
        opts: &Options,
        f: &TypedFunction,
    ) {
        let body = &f.ast.body;
        let ty = |id: ExprId| f.info[id.0 as usize].ty.unwrap_or(Ty::Void);
        let exact = opts.heap_checks == HeapChecks::Exact;
        for (i, e) in body.exprs.iter().enumerate() {
            match e.kind {
                ExprKind::Assign { target, .. } => {
                    if let Res::Global(g) = f.info[target.0 as usize].res {
                        self.assigned.push(g);
                    }
                }
                ExprKind::Call { callee, .. } => {
                    let Res::Global(g) = f.info[callee.0 as usize].res else { continue };
                    match m.globals[g as usize].kind {
                        GlobalKind::Ffi(name) if f.info[i].ty.is_some() => {
                            self.import((
                                "foreign",
                                names.get(name),
                                ffi_type(f, ExprId(i as u32)),
                            ));
                        }
                        GlobalKind::Std(s) => {
                            if let Some(name) = math_import(s) {
                                let arity =
                                    if matches!(s, StdFn::Atan2 | StdFn::Pow) { 2 } else { 1 };
                                self.import((
                                    "Math",
                                    name,
                                    (vec![ValType::F64; arity], vec![ValType::F64]),
                                ));
                            }
                        }
                        _ => {}
                    }
                }
                ExprKind::Unary { op: UnOp::ToInt, .. } => self.uses.add_helper(Helper::ToInt32),
                ExprKind::Binary { op: op @ (BinOp::Div | BinOp::Rem), lhs, rhs } => {
                    if let Some(h) = Helper::for_division(body, op, ty(lhs), ty(rhs), rhs) {
                        self.uses.add_helper(h);
                    }
                }
                ExprKind::Index { .. } if exact => {
                    let nan = match f.info[i].ty {
                        Some(Ty::FloatQ) => Some(ConstGlobal::NanF32),
                        Some(Ty::DoubleQ) => Some(ConstGlobal::NanF64),
                        Some(Ty::Intish) => None,
                        _ => continue,
                    };
                    self.uses.add_const(ConstGlobal::HeapLength);
                    if let Some(c) = nan {
                        self.uses.add_const(c);
                    }
                }
                _ => {}
            }
        }
    }
}
