//! 6.1 `ValidateModule`, 6.2 `ValidateExport`, 6.3 `ValidateFunctionTable` and the
//! global declarations of 5.5.

use asm2wasm_base::ast::{self, BinOp, Body, ExprId, ExprKind, Item, Name, UnOp};
use asm2wasm_base::jobs::{self, Jobs};
use asm2wasm_base::{Code, Diagnostic, Engine, Interner, Span, Sym, engine_refuses};

use rustc_hash::FxHashSet;

use crate::diagnostics::*;
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
enum Section {
    Globals,
    Functions,
    Tables,
    Export,
}

impl Section {
    fn name(self) -> &'static str {
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
            let n = self.name(name.sym).to_string();
            self.diags.push(
                Diagnostic::error(
                    Code::E0101,
                    name.span,
                    format!("`{n}` is already the name of a module parameter"),
                )
                .label("declared again here")
                .help("every module-level name must be distinct from the module's parameters"),
            );
            return None;
        }
        if let Some(i) = self.by_sym[name.sym.0 as usize] {
            let n = self.name(name.sym).to_string();
            let first = self.globals[i as usize].name.span;
            self.diags.push(
                Diagnostic::error(
                    Code::E0101,
                    name.span,
                    format!("`{n}` is declared twice in this module"),
                )
                .label("declared again here")
                .note(first, "first declared here")
                .help("module-level names (globals, functions, tables) must all be distinct"),
            );
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
                let msg = if here == Section::Export {
                    "a module has exactly one export `return`".to_string()
                } else {
                    format!("{} must come before {}", here.name(), section.name())
                };
                self.diags.push(
                    Diagnostic::error(Code::E0102, span, msg)
                        .label("out of order")
                        .help("an asm.js module holds, in order: global `var`s, function declarations, function tables, and one `return` of its exports"),
                );
                continue;
            }
            section = here;
            match item {
                Item::Var(decls) if here == Section::Tables => table_decls.extend(decls),
                Item::Var(decls) => {
                    for d in decls {
                        if d.constant && self.strict {
                            self.diags.push(strict_only(
                                d.name.span,
                                "a module-level `const`",
                                "declare it with `var`",
                            ));
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
                                        self.diags.push(too_many_imports(d.name.span));
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
                        self.diags.push(too_many_functions(f.name.span, false));
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
                    self.diags.push(too_many_imports(span));
                }
                if count <= limits::MAX_FUNCTIONS && count + seen.len() == limits::MAX_FUNCTIONS + 1
                {
                    self.diags.push(too_many_functions(span, true));
                }
            }
        }

        let (exports, single_export) = match export {
            Some((value, _)) => self.validate_export(value, &body),
            None => {
                self.diags.push(
                    Diagnostic::error(
                        Code::E0103,
                        Span::new(span.hi.saturating_sub(1), span.hi),
                        "the module does not return its exports",
                    )
                    .label("the module ends here without a `return`")
                    .help("end the module with `return f;` or `return { name: f, ... };`"),
                );
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
            self.diags.push(
                Diagnostic::error(
                    Code::E0100,
                    m.params[3].span,
                    format!(
                        "an asm.js module takes at most 3 parameters, this one takes {}",
                        m.params.len()
                    ),
                )
                .label("one too many")
                .help("the parameters are `stdlib`, `foreign` and `heap`, in that order"),
            );
        }
        for (i, p) in m.params.iter().enumerate() {
            if let Some(first) = m.params[..i].iter().find(|q| q.sym == p.sym) {
                let n = self.name(p.sym).to_string();
                self.diags.push(
                    Diagnostic::error(
                        Code::E0100,
                        p.span,
                        format!("module parameter `{n}` is declared twice"),
                    )
                    .label("again here")
                    .note(first.span, "first here")
                    .help("`stdlib`, `foreign` and `heap` must have distinct names"),
                );
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
        let bad = |this: &mut Self, label: String| {
            this.diags.push(
                Diagnostic::error(Code::E0110, e.span, "this is not a valid global initialiser")
                    .label(label)
                    .help("a global is a numeric literal (`0`, `0.0`), `fround(literal)`, a stdlib import (`stdlib.Math.sin`, `stdlib.Int32Array`), a view (`new stdlib.Int32Array(heap)`) or a foreign import (`foreign.f`, `foreign.x|0`, `+foreign.x`)"),
            );
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
                self.diags.push(engine_refuses(
                    Engine::V8,
                    e.span,
                    "a global initialised with `-0`",
                    "V8 gives it no type that any use accepts",
                    "write `-0.0` for a double, `0` for an int",
                ));
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
                            self.diags.push(int_min_initialiser(e.span));
                        }
                        if ty == Ty::Unsigned {
                            self.diags.push(engine_refuses(
                                Engine::V8,
                                e.span,
                                "a global initialised with an int literal of 2^31 or more",
                                "V8 takes a global's int literal in [-2^31, 2^31)",
                                "write the same 32 bits as a negative literal: `-1` for `4294967295`",
                            ));
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
                None => bad(self, "not a numeric literal".into()),
            },
            ExprKind::Call { callee, args } => {
                let is_fround = matches!(body.expr(callee).kind, ExprKind::Name(s) if matches!(self.global(s), Some((_, GlobalKind::Std(StdFn::Fround)))));
                let arg = body.list(args);
                if !is_fround || arg.len() != 1 {
                    return bad(self, "only `fround(literal)` may be called here".into());
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
                    None => {
                        bad(self, "the argument of `fround` must be a numeric literal here".into())
                    }
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
                    _ => bad(self, "only `foreign.name|0` may be coerced with `|` here".into()),
                }
            }
            ExprKind::Unary { op: UnOp::Plus, arg } => match self.foreign_member(arg, body) {
                Some(name) => Some(GlobalKind::Var {
                    ty: VarTy::Double,
                    init: GlobalInit::ForeignDouble(name),
                    mutable: !d.constant,
                }),
                None => bad(self, "only `+foreign.name` may be coerced with `+` here".into()),
            },
            ExprKind::New { callee, args } => {
                let view = match body.expr(callee).kind {
                    ExprKind::Member { obj, prop } if self.is_stdlib(obj, body) => {
                        View::from_name(self.name(prop.sym))
                    }
                    ExprKind::Name(s) => match self.global(s) {
                        Some((_, GlobalKind::ViewCtor(v))) => {
                            self.diags.push(engine_refuses(
                                Engine::V8,
                                body.expr(callee).span,
                                "a view built from an imported constructor",
                                "V8 builds views only from `stdlib.Int32Array` and its kin, written out",
                                "write `new stdlib.Int32Array(heap)`",
                            ));
                            Some(v)
                        }
                        _ => None,
                    },
                    _ => None,
                };
                let Some(view) = view else {
                    return bad(self, "not a typed-array constructor from the stdlib".into());
                };
                let args = body.list(args);
                let on_heap = args.len() == 1
                    && matches!(body.expr(args[0]).kind, ExprKind::Name(s) if Some(s) == self.heap);
                if !on_heap || self.heap.is_none() {
                    return bad(
                        self,
                        format!(
                            "a view must be `new {}(heap)` on the module's heap parameter",
                            view.name()
                        ),
                    );
                }
                Some(GlobalKind::View(view))
            }
            ExprKind::Array(_) => unreachable!("tables are sorted out before"),
            _ => bad(self, "not one of the forms a global may take".into()),
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
            self.diags.push(name_too_long(span, len, what));
        }
    }

    /// Count a global variable's wasm globals (two for one from `foreign`:
    /// the import and the variable) against [`limits::MAX_GLOBALS`].
    fn count_global(&mut self, slots: &mut usize, foreign: bool, span: Span) {
        let before = *slots;
        *slots += if foreign { 2 } else { 1 };
        if before <= limits::MAX_GLOBALS && *slots > limits::MAX_GLOBALS {
            self.diags.push(too_many_globals(span));
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
        let unknown = |this: &mut Self, what: String, help: &str| {
            this.diags.push(
                Diagnostic::error(
                    Code::E0111,
                    prop.span,
                    format!("`{what}` is not part of the asm.js standard library"),
                )
                .label("unknown name")
                .help(help.to_string()),
            );
            None
        };
        if self.is_stdlib(obj, body) {
            if let Some(v) = View::from_name(p) {
                return Some(GlobalKind::ViewCtor(v));
            }
            if let Some(c) = std_constant(false, p) {
                return Some(GlobalKind::Const(c));
            }
            let what = format!("stdlib.{p}");
            return unknown(
                self,
                what,
                "the stdlib provides `Math`, `Infinity`, `NaN` and the eight typed-array constructors",
            );
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
            let what = format!("Math.{p}");
            return unknown(
                self,
                what,
                "asm.js knows Math.acos asin atan cos sin tan exp log ceil floor sqrt abs min max atan2 pow imul fround clz32 and the constants E LN10 LN2 LOG2E LOG10E PI SQRT1_2 SQRT2",
            );
        }
        self.diags.push(
            Diagnostic::error(Code::E0110, span, "this is not a valid global initialiser")
                .label("imports come from the module's `stdlib` or `foreign` parameter")
                .help("write `stdlib.Math.NAME`, `stdlib.NAME` or `foreign.NAME`, using the module's own parameter names"),
        );
        None
    }

    /// 6.3 `ValidateFunctionTable`: `var t = [f, g, ...]`.
    fn validate_function_table(&mut self, d: ast::VarDecl, body: &Body) {
        let e = body.expr(d.init);
        let ExprKind::Array(list) = e.kind else {
            self.diags.push(
                Diagnostic::error(
                    Code::E0102,
                    e.span,
                    "global variable declarations must come before function declarations",
                )
                .label("a global after the function tables")
                .help("move this declaration up, with the other globals"),
            );
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
                self.diags.push(
                    Diagnostic::error(
                        Code::E0170,
                        ex.span,
                        "a function table may only list functions of this module",
                    )
                    .label("not a function of this module")
                    .help(
                        "write the names of functions declared in this module: `var t = [f, g];`",
                    ),
                );
                return;
            };
            let fsig = &self.sigs[func as usize];
            match &sig {
                Some((s, first)) if s != fsig => {
                    self.diags.push(
                        Diagnostic::error(
                            Code::E0170,
                            ex.span,
                            "all functions of a table must have the same type",
                        )
                        .label(format!("this function is `{fsig}`"))
                        .note(*first, format!("the table's first function is `{s}`"))
                        .help("split the table in two, one per function type"),
                    );
                    return;
                }
                Some(_) => {}
                None => sig = Some((fsig.clone(), ex.span)),
            }
            funcs.push(func);
        }
        if !funcs.len().is_power_of_two() {
            self.diags.push(
                Diagnostic::error(
                    Code::E0170,
                    e.span,
                    format!(
                        "a function table's length must be a power of 2, this one has {}",
                        funcs.len()
                    ),
                )
                .label("calls index it with `t[i & (length - 1)]`")
                .help(format!(
                    "pad the table to {} entries, repeating a function of the same type",
                    funcs.len().next_power_of_two().max(1)
                )),
            );
            return;
        }
        let Some((sig, _)) = sig else { return };
        if funcs.len() > limits::MAX_TABLE {
            self.diags.push(table_too_large(e.span, funcs.len(), None));
            return;
        }
        self.table_entries += funcs.len();
        if self.table_entries > limits::MAX_TABLE_ENTRIES {
            self.diags.push(table_too_large(e.span, funcs.len(), Some(self.table_entries)));
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
            this.diags.push(
                Diagnostic::error(
                    Code::E0190,
                    ex.span,
                    "only functions of this module can be exported",
                )
                .label("not a function of this module")
                .help("export functions declared in this module: `return { name: f };`"),
            );
            None
        };
        match e.kind {
            ExprKind::Name(s) => {
                let name = self.name(s).to_string();
                self.check_name_length(name.len(), e.span, "export");
                (func_of(self, value).map(|i| vec![(name, i)]).unwrap_or_default(), true)
            }
            ExprKind::Object(list) if list.len == 0 => {
                self.diags.push(
                    Diagnostic::error(Code::E0190, e.span, "the export object is empty")
                        .label("exports nothing")
                        .help("export at least one function: `return { f: f };`"),
                );
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
                            self.diags.push(too_many_exports(key.span));
                        }
                        index.insert(key.sym, out.len());
                        out.push((name, i));
                    }
                }
                (out, false)
            }
            _ => {
                self.diags.push(
                    Diagnostic::error(
                        Code::E0190,
                        e.span,
                        "the module must return a function or an object of functions",
                    )
                    .label("not an export")
                    .help("end the module with `return f;` or `return { name: f, ... };`"),
                );
                (Vec::new(), false)
            }
        }
    }
}

/// Spec section 4: `arguments` and `eval` cannot be declared.
pub(crate) fn reserved(names: &Interner, name: Name) -> Option<Diagnostic> {
    let n = names.get(name.sym);
    (n == "arguments" || n == "eval").then(|| {
        Diagnostic::error(Code::E0104, name.span, format!("`{n}` cannot be declared in asm.js"))
            .label("a reserved name")
            .help("rename it: asm.js forbids `arguments` and `eval` as names")
    })
}

/// V8 negates an initialiser's literal after reading it, and 2147483648 is
/// out of its range: `var x = -2147483648` (global or local) is refused.
pub(crate) fn int_min_initialiser(span: Span) -> Diagnostic {
    engine_refuses(
        Engine::V8,
        span,
        "a variable initialised with `-2147483648`",
        "V8 reads 2147483648 before the minus, out of its int range",
        "initialise it with `0` and assign `-2147483648` in a statement",
    )
}

/// `--strict`: the numeric literals of `body` written in a form ES5 lacks
/// (`0b101`, `0o17`, `017`), which both engines read as integers.
pub(crate) fn strict_literals(body: &Body, diags: &mut Vec<Diagnostic>) {
    for e in &body.exprs {
        if let ExprKind::Num(n) = e.kind
            && n.extension
        {
            diags.push(strict_only(
                e.span,
                "a binary, octal or legacy octal literal",
                "write the number in decimal or hexadecimal (`0x`)",
            ));
        }
    }
}

/// An error for what both engines accept but the spec refuses: given under
/// `--strict` only.
pub(crate) fn strict_only(span: Span, what: &str, help: &str) -> Diagnostic {
    Diagnostic::error(Code::E0017, span, format!("{what} is not asm.js by the spec's letter"))
        .label("both V8 and SpiderMonkey accept this; `--strict` follows the spec")
        .help(help.to_string())
}
