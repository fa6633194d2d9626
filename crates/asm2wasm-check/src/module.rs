//! 6.1 `ValidateModule`, 6.2 `ValidateExport`, 6.3 `ValidateFunctionTable` and the
//! global declarations of 5.5.

use asm2wasm_base::ast::{self, BinOp, Body, ExprId, ExprKind, Item, Name, UnOp};
use asm2wasm_base::jobs::{self, Jobs};
use asm2wasm_base::{Diagnostic, Interner, Span, Sym};

use rustc_hash::FxHashSet;

use crate::diagnostics;
use crate::function::{FunctionChecker, NO_LOCAL, literal};
use crate::limits;
use crate::types::*;

/// The module-level environment shared by every function check.
pub(crate) struct ModuleChecker<'a> {
    pub(crate) names: &'a Interner,
    /// Module-level names in declaration order.
    pub(crate) globals: Vec<Global>,
    /// `Sym` -> index in `globals`.
    pub(crate) by_sym: Vec<Option<u32>>,
    /// The module's `stdlib`, `foreign` and `heap` parameters.
    pub(crate) stdlib: Option<Sym>,
    pub(crate) foreign: Option<Sym>,
    pub(crate) heap: Option<Sym>,
    /// Signatures of the functions, by function index (known before any body is checked).
    pub(crate) sigs: Vec<Sig>,
    /// Function tables.
    pub(crate) tables: Vec<Table>,
    /// Their entries, together.
    table_entries: usize,
    pub(crate) diags: Vec<Diagnostic>,
    /// `--strict`: the spec's letter, not what the engines accept.
    pub(crate) strict: bool,
}

/// Where we are in the module body: its sections must come in this order.
#[derive(Clone, Copy, PartialEq, PartialOrd, Debug)]
pub(crate) enum Section {
    Globals,
    Functions,
    Tables,
    Export,
}

impl Section {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Section::Globals => "global variable declarations",
            Section::Functions => "function declarations",
            Section::Tables => "function tables",
            Section::Export => "the export `return`",
        }
    }
}

impl<'a> ModuleChecker<'a> {
    pub(crate) fn new(names: &'a Interner, strict: bool) -> Self {
        ModuleChecker {
            names,
            globals: Vec::new(),
            by_sym: vec![None; names.len()],
            stdlib: None,
            foreign: None,
            heap: None,
            sigs: Vec::new(),
            tables: Vec::new(),
            table_entries: 0,
            diags: Vec::new(),
            strict,
        }
    }

    pub(crate) fn name(&self, sym: Sym) -> &str {
        self.names.get(sym)
    }

    /// The global `sym` resolves to, if any.
    pub(crate) fn global(&self, sym: Sym) -> Option<(u32, GlobalKind)> {
        let i = self.by_sym[sym.0 as usize]?;
        Some((i, self.globals[i as usize].kind))
    }

    fn is_param(&self, sym: Sym) -> bool {
        Some(sym) == self.stdlib || Some(sym) == self.foreign || Some(sym) == self.heap
    }

    /// Declare a module-level name; a second declaration is an error.
    fn declare(&mut self, name: Name, kind: GlobalKind) -> Option<u32> {
        if let Some(d) = reserved(self.names, name) {
            self.diags.push(d);
            return None;
        }
        if self.is_param(name.sym) {
            self.diags.push(diagnostics::global_shadows_param(name.span, self.name(name.sym)));
            return None;
        }
        if let Some(i) = self.by_sym[name.sym.0 as usize] {
            let first = self.globals[i as usize].name.span;
            self.diags.push(diagnostics::global_declared_twice(
                name.span,
                self.name(name.sym),
                first,
            ));
            return None;
        }
        let i = self.globals.len() as u32;
        self.globals.push(Global { name, kind });
        self.by_sym[name.sym.0 as usize] = Some(i);
        Some(i)
    }

    /// 6.1 `ValidateModule`.
    pub(crate) fn validate_module(
        mut self,
        m: ast::Module,
        jobs: Jobs,
    ) -> (Option<TypedModule>, Vec<Diagnostic>) {
        self.validate_params(&m);
        let ast::Module { name, span, params, items, body, .. } = m;
        if self.strict {
            strict_literals(&body, &mut self.diags);
        }

        // Pass 1: globals, function names and signatures, tables, export, in section order.
        let mut section = Section::Globals;
        let mut functions: Vec<ast::Function> = Vec::new();
        // What the translation will hold, counted against `limits`.
        let mut global_slots = 0;
        let mut imports = 0;
        let mut table_decls: Vec<ast::VarDecl> = Vec::new();
        let mut export: Option<(ExprId, Span)> = None;
        for item in items {
            let (here, span) = match &item {
                Item::Var(decls) => {
                    let is_table =
                        decls.iter().any(|d| matches!(body.expr(d.init).kind, ExprKind::Array(_)));
                    let span = decls.first().map_or(span, |d| d.name.span);
                    (if is_table { Section::Tables } else { Section::Globals }, span)
                }
                Item::Function(f) => (Section::Functions, f.name.span),
                Item::Return { span, .. } => (Section::Export, *span),
            };
            if here < section || (here == Section::Export && export.is_some()) {
                self.diags.push(if here == Section::Export {
                    diagnostics::export_twice(span)
                } else {
                    diagnostics::section_out_of_order(span, here, section)
                });
                continue;
            }
            section = here;
            match item {
                Item::Var(decls) if here == Section::Tables => table_decls.extend(decls),
                Item::Var(decls) => {
                    for d in decls {
                        if d.constant && self.strict {
                            self.diags.push(diagnostics::strict_module_const(d.name.span));
                            continue;
                        }
                        if let Some(kind) = self.validate_global(d, &body) {
                            if let GlobalKind::Var { init, .. } = kind {
                                let foreign = matches!(
                                    init,
                                    GlobalInit::ForeignInt(_) | GlobalInit::ForeignDouble(_)
                                );
                                self.count_global(&mut global_slots, foreign, d.name.span);
                                if foreign {
                                    imports += 1;
                                    if imports == limits::MAX_IMPORTS + 1 {
                                        self.diags.push(diagnostics::too_many_imports(d.name.span));
                                    }
                                }
                            }
                            self.declare(d.name, kind);
                        }
                    }
                }
                Item::Function(f) => {
                    let index = functions.len() as u32;
                    if index as usize == limits::MAX_FUNCTIONS {
                        self.diags.push(diagnostics::too_many_functions(f.name.span, false));
                    }
                    self.declare(f.name, GlobalKind::Func(index));
                    functions.push(f);
                }
                Item::Return { value, span } => export = Some((value, span)),
            }
        }
        // Signatures come from the annotations, so that calls may precede definitions.
        self.sigs = functions.iter().map(|f| FunctionChecker::signature(&self, f)).collect();
        for d in table_decls {
            self.validate_function_table(d, &body);
        }

        // The bodies, each independent of the others now: in chunks, spread
        // over threads, the results merged in source order.
        let count = functions.len();
        let chunks = jobs.split(functions.into_iter().enumerate().collect(), |(_, f)| {
            (f.span.hi - f.span.lo) as usize
        });
        let checked = jobs::map(jobs, chunks, |chunk| {
            let mut local_by_sym = vec![NO_LOCAL; self.names.len()];
            chunk
                .into_iter()
                .map(|(i, f)| {
                    FunctionChecker::new(&self, self.sigs[i].clone(), &mut local_by_sym)
                        .validate_function(f)
                })
                .collect::<Vec<_>>()
        });
        let mut typed = Vec::with_capacity(count);
        // The foreign function imports, across the functions, in source order.
        let mut seen = FxHashSet::default();
        for mut c in checked.into_iter().flatten() {
            self.diags.append(&mut c.diags);
            typed.push(c.typed);
            for (import, span) in c.imports {
                if seen.contains(&import) {
                    continue;
                }
                seen.insert(import);
                imports += 1;
                if imports == limits::MAX_IMPORTS + 1 {
                    self.diags.push(diagnostics::too_many_imports(span));
                }
                if count <= limits::MAX_FUNCTIONS && count + seen.len() == limits::MAX_FUNCTIONS + 1
                {
                    self.diags.push(diagnostics::too_many_functions(span, true));
                }
            }
        }

        let (exports, single_export) = match export {
            Some((value, _)) => self.validate_export(value, &body),
            None => {
                self.diags.push(diagnostics::missing_export(span));
                (Vec::new(), false)
            }
        };

        if self.diags.iter().any(asm2wasm_base::Diagnostic::is_error) {
            return (None, self.diags);
        }
        let module = TypedModule {
            name,
            span,
            params,
            globals: self.globals,
            functions: typed,
            tables: self.tables,
            exports,
            single_export,
        };
        (Some(module), self.diags)
    }

    fn validate_params(&mut self, m: &ast::Module) {
        if m.params.len() > 3 {
            self.diags.push(diagnostics::too_many_module_params(m.params[3].span, m.params.len()));
        }
        for (i, p) in m.params.iter().enumerate() {
            if let Some(first) = m.params[..i].iter().find(|q| q.sym == p.sym) {
                self.diags.push(diagnostics::module_param_twice(
                    p.span,
                    self.name(p.sym),
                    first.span,
                ));
            }
        }
        for p in &m.params {
            if let Some(d) = reserved(self.names, *p) {
                self.diags.push(d);
            }
        }
        let p = |i: usize| m.params.get(i).map(|n| n.sym);
        (self.stdlib, self.foreign, self.heap) = (p(0), p(1), p(2));
    }

    /// 5.5 / 6.1: what a global declaration declares.
    fn validate_global(&mut self, d: ast::VarDecl, body: &Body) -> Option<GlobalKind> {
        let e = body.expr(d.init);
        let bad = |this: &mut Self, d: Diagnostic| {
            this.diags.push(d);
            None
        };
        match e.kind {
            _ if crate::function::is_negative_int_zero(body, d.init) => {
                if self.strict {
                    // The spec's letter: `-0` is the int 0.
                    return Some(GlobalKind::Var {
                        ty: VarTy::Int,
                        init: GlobalInit::Literal(0.0),
                        mutable: !d.constant,
                    });
                }
                self.diags.push(diagnostics::global_negative_zero(e.span));
                // SpiderMonkey's reading: the double negative zero.
                Some(GlobalKind::Var {
                    ty: VarTy::Double,
                    init: GlobalInit::Literal(-0.0),
                    mutable: !d.constant,
                })
            }
            ExprKind::Num(_) | ExprKind::Unary { op: UnOp::Neg, .. } => match literal(body, d.init)
            {
                Some(Ok((ty, v))) => Some(GlobalKind::Var {
                    ty: if ty == Ty::Double {
                        VarTy::Double
                    } else {
                        if v == -2147483648.0 {
                            self.diags.push(diagnostics::int_min_initialiser(e.span));
                        }
                        if ty == Ty::Unsigned {
                            self.diags.push(diagnostics::global_unsigned_literal(e.span));
                        }
                        VarTy::Int
                    },
                    init: GlobalInit::Literal(v),
                    mutable: !d.constant,
                }),
                Some(Err(d)) => {
                    self.diags.push(d);
                    None
                }
                None => bad(self, diagnostics::global_not_literal(e.span)),
            },
            ExprKind::Call { callee, args } => {
                let is_fround = matches!(body.expr(callee).kind, ExprKind::Name(s) if matches!(self.global(s), Some((_, GlobalKind::Std(StdFn::Fround)))));
                let arg = body.list(args);
                if !is_fround || arg.len() != 1 {
                    return bad(self, diagnostics::global_call_not_fround(e.span));
                }
                if crate::function::is_negative_int_zero(body, arg[0]) {
                    return Some(GlobalKind::Var {
                        ty: VarTy::Float,
                        init: GlobalInit::Literal(-0.0),
                        mutable: !d.constant,
                    });
                }
                match literal(body, arg[0]) {
                    Some(Ok((_, v))) => Some(GlobalKind::Var {
                        ty: VarTy::Float,
                        init: GlobalInit::Literal(f64::from(v as f32)),
                        mutable: !d.constant,
                    }),
                    Some(Err(d)) => {
                        self.diags.push(d);
                        None
                    }
                    None => bad(self, diagnostics::global_fround_not_literal(e.span)),
                }
            }
            ExprKind::Member { obj, prop } => self.validate_import(obj, prop, body, e.span),
            ExprKind::Binary { op: BinOp::Or, lhs, rhs } => {
                let zero =
                    matches!(body.expr(rhs).kind, ExprKind::Num(n) if n.value == 0.0 && !n.has_dot);
                match self.foreign_member(lhs, body) {
                    Some(name) if zero => Some(GlobalKind::Var {
                        ty: VarTy::Int,
                        init: GlobalInit::ForeignInt(name),
                        mutable: !d.constant,
                    }),
                    _ => bad(self, diagnostics::global_or_not_foreign(e.span)),
                }
            }
            ExprKind::Unary { op: UnOp::Plus, arg } => match self.foreign_member(arg, body) {
                Some(name) => Some(GlobalKind::Var {
                    ty: VarTy::Double,
                    init: GlobalInit::ForeignDouble(name),
                    mutable: !d.constant,
                }),
                None => bad(self, diagnostics::global_plus_not_foreign(e.span)),
            },
            ExprKind::New { callee, args } => {
                let view = match body.expr(callee).kind {
                    ExprKind::Member { obj, prop } if self.is_stdlib(obj, body) => {
                        View::from_name(self.name(prop.sym))
                    }
                    ExprKind::Name(s) => match self.global(s) {
                        Some((_, GlobalKind::ViewCtor(v))) => {
                            self.diags
                                .push(diagnostics::view_from_imported_ctor(body.expr(callee).span));
                            Some(v)
                        }
                        _ => None,
                    },
                    _ => None,
                };
                let Some(view) = view else {
                    return bad(self, diagnostics::global_new_not_view(e.span));
                };
                let args = body.list(args);
                let on_heap = args.len() == 1
                    && matches!(body.expr(args[0]).kind, ExprKind::Name(s) if Some(s) == self.heap);
                if !on_heap || self.heap.is_none() {
                    return bad(self, diagnostics::view_not_on_heap(e.span, view));
                }
                Some(GlobalKind::View(view))
            }
            ExprKind::Array(_) => unreachable!("tables are sorted out before"),
            _ => bad(self, diagnostics::global_form_unknown(e.span)),
        }
    }

    fn is_stdlib(&self, e: ExprId, body: &Body) -> bool {
        matches!(body.expr(e).kind, ExprKind::Name(s) if Some(s) == self.stdlib)
    }

    /// `foreign.name`: the name.
    fn foreign_member(&mut self, e: ExprId, body: &Body) -> Option<Sym> {
        match body.expr(e).kind {
            ExprKind::Member { obj, prop } if matches!(body.expr(obj).kind, ExprKind::Name(s) if Some(s) == self.foreign) =>
            {
                self.check_name_length(self.names.get(prop.sym).len(), prop.span, "import");
                Some(prop.sym)
            }
            _ => None,
        }
    }

    /// A wasm import or export name is at most [`limits::MAX_NAME_BYTES`] long.
    fn check_name_length(&mut self, len: usize, span: Span, what: &str) {
        if len > limits::MAX_NAME_BYTES {
            self.diags.push(diagnostics::name_too_long(span, len, what));
        }
    }

    /// Count a global variable's wasm globals (two for one from `foreign`:
    /// the import and the variable) against [`limits::MAX_GLOBALS`].
    fn count_global(&mut self, slots: &mut usize, foreign: bool, span: Span) {
        let before = *slots;
        *slots += if foreign { 2 } else { 1 };
        if before <= limits::MAX_GLOBALS && *slots > limits::MAX_GLOBALS {
            self.diags.push(diagnostics::too_many_globals(span));
        }
    }

    /// `stdlib.Math.sin`, `stdlib.Math.PI`, `stdlib.Infinity`, `stdlib.Int32Array`, `foreign.f`.
    fn validate_import(
        &mut self,
        obj: ExprId,
        prop: Name,
        body: &Body,
        span: Span,
    ) -> Option<GlobalKind> {
        let p = self.name(prop.sym);
        if matches!(body.expr(obj).kind, ExprKind::Name(s) if Some(s) == self.foreign) {
            self.check_name_length(p.len(), prop.span, "import");
            return Some(GlobalKind::Ffi(prop.sym));
        }
        if self.is_stdlib(obj, body) {
            if let Some(v) = View::from_name(p) {
                return Some(GlobalKind::ViewCtor(v));
            }
            if let Some(c) = std_constant(false, p) {
                return Some(GlobalKind::Const(c));
            }
            self.diags.push(diagnostics::unknown_stdlib_name(prop.span, p));
            return None;
        }
        if let ExprKind::Member { obj: inner, prop: math } = body.expr(obj).kind
            && self.is_stdlib(inner, body)
            && self.name(math.sym) == "Math"
        {
            if let Some(f) = StdFn::from_name(p) {
                return Some(GlobalKind::Std(f));
            }
            if let Some(c) = std_constant(true, p) {
                return Some(GlobalKind::Const(c));
            }
            self.diags.push(diagnostics::unknown_math_name(prop.span, p));
            return None;
        }
        self.diags.push(diagnostics::import_not_from_params(span));
        None
    }

    /// 6.3 `ValidateFunctionTable`: `var t = [f, g, ...]`.
    fn validate_function_table(&mut self, d: ast::VarDecl, body: &Body) {
        let e = body.expr(d.init);
        let ExprKind::Array(list) = e.kind else {
            self.diags.push(diagnostics::global_after_tables(e.span));
            return;
        };
        let elems = body.list(list);
        let mut funcs = Vec::with_capacity(elems.len());
        let mut sig: Option<(Sig, Span)> = None;
        for &el in elems {
            let ex = body.expr(el);
            let func = match ex.kind {
                ExprKind::Name(s) => match self.global(s) {
                    Some((_, GlobalKind::Func(i))) => Some(i),
                    _ => None,
                },
                _ => None,
            };
            let Some(func) = func else {
                self.diags.push(diagnostics::table_entry_not_function(ex.span));
                return;
            };
            let fsig = &self.sigs[func as usize];
            match &sig {
                Some((s, first)) if s != fsig => {
                    self.diags.push(diagnostics::table_types_differ(ex.span, fsig, *first, s));
                    return;
                }
                Some(_) => {}
                None => sig = Some((fsig.clone(), ex.span)),
            }
            funcs.push(func);
        }
        if !funcs.len().is_power_of_two() {
            self.diags.push(diagnostics::table_length_not_power_of_two(e.span, funcs.len()));
            return;
        }
        let Some((sig, _)) = sig else { return };
        if funcs.len() > limits::MAX_TABLE {
            self.diags.push(diagnostics::table_too_large(e.span, funcs.len(), None));
            return;
        }
        self.table_entries += funcs.len();
        if self.table_entries > limits::MAX_TABLE_ENTRIES {
            self.diags.push(diagnostics::table_too_large(
                e.span,
                funcs.len(),
                Some(self.table_entries),
            ));
            return;
        }
        let index = self.tables.len() as u32;
        if self.declare(d.name, GlobalKind::Table(index)).is_some() {
            self.tables.push(Table { name: d.name, funcs, sig });
        }
    }

    /// 6.2 `ValidateExport`.
    fn validate_export(&mut self, value: ExprId, body: &Body) -> (Vec<(String, u32)>, bool) {
        let e = body.expr(value);
        let func_of = |this: &mut Self, id: ExprId| -> Option<u32> {
            let ex = body.expr(id);
            if let ExprKind::Name(s) = ex.kind
                && let Some((_, GlobalKind::Func(i))) = this.global(s)
            {
                return Some(i);
            }
            this.diags.push(diagnostics::export_not_function(ex.span));
            None
        };
        match e.kind {
            ExprKind::Name(s) => {
                let name = self.name(s).to_string();
                self.check_name_length(name.len(), e.span, "export");
                (func_of(self, value).map(|i| vec![(name, i)]).unwrap_or_default(), true)
            }
            ExprKind::Object(list) if list.len == 0 => {
                self.diags.push(diagnostics::export_object_empty(e.span));
                (Vec::new(), false)
            }
            ExprKind::Object(list) => {
                let mut out: Vec<(String, u32)> = Vec::new();
                // The index of each export name in `out`.
                let mut index: rustc_hash::FxHashMap<Sym, usize> = Default::default();
                for pair in body.list(list).chunks(2) {
                    let ExprKind::Key(key) = body.expr(pair[0]).kind else { continue };
                    if let Some(i) = func_of(self, pair[1]) {
                        // A repeated key keeps its last value, as in JS
                        // (both engines accept the module).
                        if let Some(&slot) = index.get(&key.sym) {
                            out[slot].1 = i;
                            continue;
                        }
                        let name = self.name(key.sym).to_string();
                        self.check_name_length(name.len(), key.span, "export");
                        if out.len() == limits::MAX_EXPORTS {
                            self.diags.push(diagnostics::too_many_exports(key.span));
                        }
                        index.insert(key.sym, out.len());
                        out.push((name, i));
                    }
                }
                (out, false)
            }
            _ => {
                self.diags.push(diagnostics::export_invalid(e.span));
                (Vec::new(), false)
            }
        }
    }
}

/// Spec section 4: `arguments` and `eval` cannot be declared.
pub(crate) fn reserved(names: &Interner, name: Name) -> Option<Diagnostic> {
    let n = names.get(name.sym);
    (n == "arguments" || n == "eval").then(|| diagnostics::reserved_name(name.span, n))
}

/// `--strict`: the numeric literals of `body` written in a form ES5 lacks
/// (`0b101`, `0o17`, `017`), which both engines read as integers.
pub(crate) fn strict_literals(body: &Body, diags: &mut Vec<Diagnostic>) {
    for e in &body.exprs {
        if let ExprKind::Num(n) = e.kind
            && n.extension
        {
            diags.push(diagnostics::strict_extended_literal(e.span));
        }
    }
}
