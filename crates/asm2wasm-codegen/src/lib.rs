//! Code generation: a [`TypedModule`] from `asm2wasm-check` in, WebAssembly
//! bytes out, behaving exactly like the asm.js under V8.
//!
//! One pass over the typed module with `wasm-encoder`. Every construct the
//! validator accepts translates; there is no "valid but unsupported". The
//! semantics JS has and wasm lacks (integer division by zero, ToInt32 of any
//! double, double `%`, out-of-bounds heap accesses) are closed by
//! [`helpers`] emitted once and only when used, or by inline checks. The ABI
//! (imports, exports, memory, table) is documented in `docs/abi.md`. Every
//! output is validated with `wasmparser` before it is returned: a failure
//! there is an internal error ([`Error::Invalid`]), never a bad file.
//!
//! ```
//! let parsed = asm2wasm_syntax::parse(r#"
//!     function M() { "use asm"; function f(a, b) { a = a|0; b = b|0; return ((a|0) / (b|0))|0; } return f; }
//! "#);
//! let mut modules = parsed.modules;
//! let (typed, _) = asm2wasm_check::check(modules.remove(0), &parsed.interner);
//! let wasm = asm2wasm_codegen::compile(&typed.unwrap(), &parsed.interner, &Default::default()).unwrap();
//! assert!(wasmparser::validate(&wasm).is_ok());
//! ```

mod func;
mod guard;
pub mod helpers;

use std::collections::HashMap;

use asm2wasm_check::{GlobalInit, GlobalKind, RetTy, Sig, StdFn, Ty, TypedModule, VarTy};
use asm2wasm_syntax::ast::ExprKind;
use asm2wasm_syntax::{Interner, Sym};
use wasm_encoder::{
    BranchHints, CodeSection, ConstExpr, ElementSection, Elements, EntityType, ExportKind, ExportSection, FunctionSection,
    GlobalSection, GlobalType, ImportSection, IndirectNameMap, MemorySection, MemoryType, NameMap, NameSection, RefType,
    TableSection, TableType, TypeSection, ValType,
};

use helpers::Helper;

/// How out-of-bounds heap accesses behave.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HeapChecks {
    /// As in JS (the default): loads give 0 or NaN, stores are ignored.
    #[default]
    Exact,
    /// Faster: an access outside the wasm memory traps. Accesses past the asm.js
    /// heap length but inside the last wasm page are not caught.
    Trap,
}

/// Translation options.
#[derive(Clone, Debug)]
pub struct Options {
    /// The asm.js heap length in bytes (an asm.js-legal size, see [`check_heap_size`]).
    pub heap_size: u32,
    /// Import the memory as (`"env"`, `"memory"`) instead of defining and exporting it.
    pub import_memory: bool,
    /// Out-of-bounds behaviour.
    pub heap_checks: HeapChecks,
    /// Mark each exact bounds check's `if` as likely in bounds in a
    /// `metadata.code.branch_hint` section, so that engines which read it
    /// (wasmtime with `wasm_branch_hinting`, as our runner sets) lay the
    /// out-of-bounds arm out of line.
    pub branch_hints: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { heap_size: 16 << 20, import_memory: false, heap_checks: HeapChecks::Exact, branch_hints: true }
    }
}

/// The wasm memory's size in 64 KiB pages: enough for the heap (the
/// checks compare with the heap's length, also when it is below one page).
pub fn memory_pages(o: &Options) -> u64 {
    u64::from(o.heap_size).div_ceil(65536)
}

/// An asm.js heap length must be 2^n for 12 <= n <= 24, or a multiple of 2^24 (spec 7).
pub fn check_heap_size(n: u64) -> Result<u32, String> {
    let ok = (n.is_power_of_two() && (1 << 12..=1 << 24).contains(&n)) || (n.is_multiple_of(1 << 24) && n > 0 && n <= 0x8000_0000 - (1 << 24));
    if ok {
        Ok(n as u32)
    } else {
        let next = if n < 1 << 24 { n.max(1 << 12).next_power_of_two() } else { n.div_ceil(1 << 24) * (1 << 24) };
        Err(format!("{n:#x} is not a valid asm.js heap length: it must be 2^n for n in 12..=24, or a multiple of 2^24 below 2^31; the next valid length is {next:#x}"))
    }
}

/// What can go wrong after validation.
#[derive(Debug)]
pub enum Error {
    /// We emitted a module that does not validate: a bug in asm2wasm.
    Invalid(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Invalid(e) => write!(f, "internal error: the generated module does not validate ({e}); please report this as a bug with the input file"),
        }
    }
}

impl std::error::Error for Error {}

/// The wasm type of an asm.js value type.
pub(crate) fn val(t: Ty) -> Option<ValType> {
    use Ty::*;
    match t {
        Signed | Unsigned | Int | Fixnum | Intish => Some(ValType::I32),
        Double | DoubleQ => Some(ValType::F64),
        Float | FloatQ | Floatish => Some(ValType::F32),
        Extern => Some(ValType::F64),
        Void => None,
    }
}

pub(crate) fn var_val(t: VarTy) -> ValType {
    match t {
        VarTy::Int => ValType::I32,
        VarTy::Double => ValType::F64,
        VarTy::Float => ValType::F32,
    }
}

pub(crate) fn ret_val(t: RetTy) -> Option<ValType> {
    val(t.ty())
}

/// A wasm function type.
pub(crate) type FuncType = (Vec<ValType>, Vec<ValType>);

pub(crate) fn sig_type(sig: &Sig) -> FuncType {
    (sig.params.iter().map(|&p| var_val(p)).collect(), ret_val(sig.ret).into_iter().collect())
}

/// Module-wide index spaces, shared by the function emitters.
pub(crate) struct Ctx<'a> {
    pub(crate) m: &'a TypedModule,
    pub(crate) names: &'a Interner,
    pub(crate) opts: &'a Options,
    pub(crate) types: Vec<FuncType>,
    type_index: HashMap<FuncType, u32>,
    /// Imported functions: (module, name, type).
    pub(crate) imports: Vec<(&'static str, String, u32)>,
    import_index: HashMap<(String, String, u32), u32>,
    /// Function index of asm.js function 0.
    pub(crate) func_base: u32,
    /// Helpers used so far, in index order after the asm.js functions.
    pub(crate) helpers: Vec<Helper>,
    /// asm.js global index -> wasm global index (variables that are assigned somewhere).
    pub(crate) global_index: Vec<Option<u32>>,
    /// asm.js global index -> its value, for a variable with a literal
    /// initialiser that no function assigns: reads become constants and it
    /// has no wasm global.
    pub(crate) global_const: Vec<Option<f64>>,
    /// Offset of each asm.js table in the one wasm table.
    pub(crate) table_offset: Vec<u32>,
    /// The wasm index of the first global after the asm.js ones.
    next_global: u32,
    /// Immutable globals holding constants, made on first use, at indices
    /// from `next_global` on: reading one takes 2 bytes where the constant
    /// takes 5 to 9.
    const_globals: Vec<ConstGlobal>,
}

/// A constant the code reads from an immutable global.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ConstGlobal {
    /// f32 NaN: out-of-bounds Float32Array loads, float functions falling off their end.
    NanF32,
    /// f64 NaN: the same for doubles.
    NanF64,
    /// The heap length, which every exact bounds check compares with.
    HeapLength,
}

impl ConstGlobal {
    fn name(self) -> &'static str {
        match self {
            ConstGlobal::NanF32 => "nan.f32",
            ConstGlobal::NanF64 => "nan.f64",
            ConstGlobal::HeapLength => "heap.length",
        }
    }
}

impl<'a> Ctx<'a> {
    pub(crate) fn type_of(&mut self, t: FuncType) -> u32 {
        if let Some(&i) = self.type_index.get(&t) {
            return i;
        }
        let i = self.types.len() as u32;
        self.types.push(t.clone());
        self.type_index.insert(t, i);
        i
    }

    fn import(&mut self, module: &'static str, name: &str, t: FuncType) -> u32 {
        let ty = self.type_of(t);
        let key = (module.to_string(), name.to_string(), ty);
        if let Some(&i) = self.import_index.get(&key) {
            return i;
        }
        let i = self.imports.len() as u32;
        self.imports.push((module, name.to_string(), ty));
        self.import_index.insert(key, i);
        i
    }

    /// The function index of an imported function (all imports are known before emission).
    pub(crate) fn import_of(&self, module: &str, name: &str, t: &FuncType) -> u32 {
        let ty = self.type_index[t];
        self.import_index[&(module.to_string(), name.to_string(), ty)]
    }

    /// The index of the immutable global holding `c`, made on first use.
    pub(crate) fn const_global(&mut self, c: ConstGlobal) -> u32 {
        let k = match self.const_globals.iter().position(|&k| k == c) {
            Some(k) => k,
            None => {
                self.const_globals.push(c);
                self.const_globals.len() - 1
            }
        };
        self.next_global + k as u32
    }

    /// The function index of a helper, registering it on first use.
    pub(crate) fn helper(&mut self, h: Helper) -> u32 {
        let n = self.m.functions.len() as u32;
        let k = match self.helpers.iter().position(|&x| x == h) {
            Some(k) => k,
            None => {
                self.helpers.push(h);
                self.helpers.len() - 1
            }
        };
        self.func_base + n + k as u32
    }

    pub(crate) fn name(&self, s: Sym) -> &str {
        self.names.get(s)
    }
}

/// The import name of a stdlib function that has no exact wasm instruction
/// (the host passes its own `Math`, so that results are V8's).
pub fn math_import(f: StdFn) -> Option<&'static str> {
    use StdFn::*;
    match f {
        Acos | Asin | Atan | Cos | Sin | Tan | Exp | Log | Atan2 | Pow => Some(f.name()),
        _ => None,
    }
}

/// The wasm type of a foreign call at one call site: `signed` arguments are
/// i32, `double` f64; the result comes from the call's coercion.
pub(crate) fn ffi_type(f: &asm2wasm_check::TypedFunction, call: asm2wasm_syntax::ast::ExprId) -> FuncType {
    let body = &f.ast.body;
    let ExprKind::Call { args, .. } = body.expr(call).kind else { unreachable!() };
    let params = body
        .list(args)
        .iter()
        .map(|a| if f.info[a.0 as usize].ty.is_some_and(|t| t.is(Ty::Signed)) { ValType::I32 } else { ValType::F64 })
        .collect();
    let result = f.info[call.0 as usize].ty.and_then(val);
    (params, result.into_iter().collect())
}

/// Translate a checked module.
pub fn compile(m: &TypedModule, names: &Interner, opts: &Options) -> Result<Vec<u8>, Error> {
    let mut cx = Ctx {
        m,
        names,
        opts,
        types: Vec::new(),
        type_index: HashMap::new(),
        imports: Vec::new(),
        import_index: HashMap::new(),
        func_base: 0,
        helpers: Vec::new(),
        global_index: vec![None; m.globals.len()],
        global_const: vec![None; m.globals.len()],
        table_offset: Vec::new(),
        next_global: 0,
        const_globals: Vec::new(),
    };

    // Imports: every foreign function per signature used, every inexact Math
    // function used. The same walk finds the globals that are assigned.
    let mut assigned = vec![false; m.globals.len()];
    for f in &m.functions {
        for (i, e) in f.ast.body.exprs.iter().enumerate() {
            if let ExprKind::Assign { target, .. } = e.kind
                && let asm2wasm_check::Res::Global(g) = f.info[target.0 as usize].res
            {
                assigned[g as usize] = true;
            }
            let ExprKind::Call { callee, .. } = e.kind else { continue };
            let asm2wasm_check::Res::Global(g) = f.info[callee.0 as usize].res else { continue };
            match m.globals[g as usize].kind {
                GlobalKind::Ffi(name) => {
                    if f.info[i].ty.is_none() {
                        continue;
                    }
                    let t = ffi_type(f, asm2wasm_syntax::ast::ExprId(i as u32));
                    let n = names.get(name).to_string();
                    cx.import("foreign", &n, t);
                }
                GlobalKind::Std(s) => {
                    if let Some(name) = math_import(s) {
                        let arity = if matches!(s, StdFn::Atan2 | StdFn::Pow) { 2 } else { 1 };
                        cx.import("Math", name, (vec![ValType::F64; arity], vec![ValType::F64]));
                    }
                }
                _ => {}
            }
        }
    }
    cx.func_base = cx.imports.len() as u32;
    let func_types: Vec<u32> = m.functions.iter().map(|f| cx.type_of(sig_type(&f.sig))).collect();

    // Globals: mutable variables; foreign values come in as imported
    // immutable globals; a literal never assigned is a constant.
    let mut imported_globals: Vec<(String, ValType)> = Vec::new();
    let mut defined: Vec<(ValType, GlobalInit, String)> = Vec::new();
    for (i, g) in m.globals.iter().enumerate() {
        if let GlobalKind::Var { ty, init } = g.kind {
            if let (GlobalInit::Literal(v), false) = (init, assigned[i]) {
                cx.global_const[i] = Some(v);
                continue;
            }
            let vt = var_val(ty);
            if let GlobalInit::ForeignInt(s) | GlobalInit::ForeignDouble(s) = init {
                imported_globals.push((names.get(s).to_string(), vt));
            }
            cx.global_index[i] = Some(defined.len() as u32);
            defined.push((vt, init, names.get(g.name.sym).to_string()));
        }
    }
    let n_imported_globals = imported_globals.len() as u32;
    for gi in cx.global_index.iter_mut().flatten() {
        *gi += n_imported_globals;
    }
    cx.next_global = n_imported_globals + defined.len() as u32;

    // Tables, laid out one after another in one funcref table.
    let mut elems: Vec<u32> = Vec::new();
    for t in &m.tables {
        cx.table_offset.push(elems.len() as u32);
        elems.extend(t.funcs.iter().map(|&f| cx.func_base + f));
    }

    // Function bodies (helpers register themselves as they are used).
    let mut code = CodeSection::new();
    let mut local_names = IndirectNameMap::new();
    let mut hints = BranchHints::new();
    for (i, f) in m.functions.iter().enumerate() {
        let (body, names_of_locals, func_hints) = func::emit(&mut cx, f);
        if !func_hints.is_empty() && opts.branch_hints {
            hints.function_hints(cx.func_base + i as u32, func_hints);
        }
        code.function(&body);
        local_names.append(cx.func_base + i as u32, &names_of_locals);
    }
    let helper_types: Vec<u32> = cx.helpers.clone().iter().map(|h| cx.type_of(h.signature())).collect();
    for h in cx.helpers.clone() {
        code.function(&h.body());
    }

    // Assemble the sections in order.
    let mut module = wasm_encoder::Module::new();
    let mut types = TypeSection::new();
    for (p, r) in &cx.types {
        types.ty().function(p.iter().copied(), r.iter().copied());
    }
    module.section(&types);

    let mut imports = ImportSection::new();
    for (module_name, name, ty) in &cx.imports {
        imports.import(module_name, name, EntityType::Function(*ty));
    }
    let pages = memory_pages(opts);
    let memory = MemoryType { minimum: pages, maximum: Some(pages), memory64: false, shared: false, page_size_log2: None };
    if opts.import_memory {
        imports.import("env", "memory", memory);
    }
    for (name, vt) in &imported_globals {
        imports.import("foreign", name, GlobalType { val_type: *vt, mutable: false, shared: false });
    }
    if !imports.is_empty() {
        module.section(&imports);
    }

    let mut functions = FunctionSection::new();
    for &t in func_types.iter().chain(&helper_types) {
        functions.function(t);
    }
    module.section(&functions);

    if !elems.is_empty() {
        let mut tables = TableSection::new();
        let n = elems.len() as u64;
        tables.table(TableType { element_type: RefType::FUNCREF, table64: false, minimum: n, maximum: Some(n), shared: false });
        module.section(&tables);
    }
    if !opts.import_memory {
        let mut memories = MemorySection::new();
        memories.memory(memory);
        module.section(&memories);
    }
    if !defined.is_empty() || !cx.const_globals.is_empty() {
        let mut globals = GlobalSection::new();
        let mut next_import = 0u32;
        for (vt, init, _) in &defined {
            let expr = match (*init, *vt) {
                (GlobalInit::Literal(v), ValType::I32) => ConstExpr::i32_const(v as i64 as i32),
                (GlobalInit::Literal(v), ValType::F32) => ConstExpr::f32_const((v as f32).into()),
                (GlobalInit::Literal(v), _) => ConstExpr::f64_const(v.into()),
                _ => {
                    next_import += 1;
                    ConstExpr::global_get(next_import - 1)
                }
            };
            globals.global(GlobalType { val_type: *vt, mutable: true, shared: false }, &expr);
        }
        for &c in &cx.const_globals {
            let (vt, expr) = match c {
                ConstGlobal::NanF32 => (ValType::F32, ConstExpr::f32_const(f32::NAN.into())),
                ConstGlobal::NanF64 => (ValType::F64, ConstExpr::f64_const(f64::NAN.into())),
                ConstGlobal::HeapLength => (ValType::I32, ConstExpr::i32_const(opts.heap_size as i32)),
            };
            globals.global(GlobalType { val_type: vt, mutable: false, shared: false }, &expr);
        }
        module.section(&globals);
    }

    let mut exports = ExportSection::new();
    for (name, f) in &m.exports {
        exports.export(name, ExportKind::Func, cx.func_base + f);
    }
    if !opts.import_memory {
        exports.export("memory", ExportKind::Memory, 0);
    }
    module.section(&exports);

    if !elems.is_empty() {
        let mut el = ElementSection::new();
        el.active(None, &ConstExpr::i32_const(0), Elements::Functions(elems.into()));
        module.section(&el);
    }
    if !hints.is_empty() {
        module.section(&hints);
    }
    module.section(&code);

    // Names: functions (asm.js names, then helpers), locals, globals.
    let mut fnames = NameMap::new();
    for (i, (_, name, _)) in cx.imports.iter().enumerate() {
        fnames.append(i as u32, name);
    }
    for (i, f) in m.functions.iter().enumerate() {
        fnames.append(cx.func_base + i as u32, names.get(f.ast.name.sym));
    }
    for (k, h) in cx.helpers.iter().enumerate() {
        fnames.append(cx.func_base + m.functions.len() as u32 + k as u32, h.name());
    }
    let mut gnames = NameMap::new();
    for (i, (name, _)) in imported_globals.iter().enumerate() {
        gnames.append(i as u32, &format!("foreign.{name}"));
    }
    for (i, (_, _, name)) in defined.iter().enumerate() {
        gnames.append(n_imported_globals + i as u32, name);
    }
    for (k, c) in cx.const_globals.iter().enumerate() {
        gnames.append(cx.next_global + k as u32, c.name());
    }
    let mut name_section = NameSection::new();
    name_section.module(&m.name);
    name_section.functions(&fnames);
    name_section.locals(&local_names);
    name_section.globals(&gnames);
    module.section(&name_section);

    let bytes = module.finish();
    wasmparser::Validator::new().validate_all(&bytes).map_err(|e| Error::Invalid(e.to_string()))?;
    Ok(bytes)
}

/// The text form of a module.
pub fn to_wat(wasm: &[u8]) -> String {
    wasmprinter::print_bytes(wasm).unwrap_or_else(|e| format!(";; cannot print: {e}"))
}

