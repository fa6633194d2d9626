//! Code generation: a [`TypedModule`] from `asm2wasm-check` in, WebAssembly
//! bytes out, behaving exactly like the asm.js under V8.
//!
//! The functions are surveyed (imports, globals assigned, the helpers and
//! constants likely used), then each is lowered to the intermediate form
//! (`ir`), rewritten by the passes (`passes`) and written out against
//! that layout, on several threads, and the sections assembled with
//! `wasm-encoder`. Every construct the
//! validator accepts translates; there is no "valid but unsupported". The
//! semantics JS has and wasm lacks (integer division by zero, `ToInt32` of any
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
pub mod helpers;
mod ir;
mod passes;
mod survey;

use rustc_hash::FxHashMap;

use asm2wasm_base::ast::ExprKind;
use asm2wasm_base::jobs::{self, Jobs};
use asm2wasm_base::{Interner, Sym};
use asm2wasm_check::{
    GlobalInit, GlobalKind, RetTy, Sig, StdFn, Ty, TypedFunction, TypedModule, VarTy, limits,
};
use wasm_encoder::{
    BranchHints, CodeSection, ConstExpr, ElementSection, Elements, EntityType, ExportKind,
    ExportSection, Function, FunctionSection, GlobalSection, GlobalType, ImportSection,
    IndirectNameMap, MemorySection, MemoryType, NameMap, NameSection, RefType, StartSection,
    TableSection, TableType, TypeSection, ValType,
};

use helpers::Helper;
use survey::Survey;

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
    /// The asm.js heap length in bytes (an asm.js-legal size, see
    /// [`check_heap_size`]) of the memory the module defines; unused with
    /// `import_memory`.
    pub heap_size: u32,
    /// Import the memory as (`"env"`, `"memory"`), of any size, instead of
    /// defining and exporting it. The heap length is then the memory's,
    /// read when the module is instantiated; a host whose heap is below one
    /// wasm page says its length in the exported global [`HEAP_LENGTH`]
    /// (`docs/abi.md`).
    pub import_memory: bool,
    /// Out-of-bounds behaviour.
    pub heap_checks: HeapChecks,
    /// Mark each exact bounds check's `if` as likely in bounds in a
    /// `metadata.code.branch_hint` section, so that engines which read it
    /// (wasmtime with `wasm_branch_hinting`, as our runner sets) lay the
    /// out-of-bounds arm out of line.
    pub branch_hints: bool,
    /// Exact checks outside loops (in functions too big to be called from
    /// loops) go through shared helper functions (`asm2wasm:load_i32`, ...)
    /// instead of being written in place: smaller output, a call per
    /// such access (`--optimize-size`).
    pub checks_out_of_line: bool,
    /// Emit calls of small functions in place (`docs/semantics.md`): engines that do
    /// not inline wasm (V8; wasmtime by default) then run them without the
    /// call. Off, every call stays a call, and the output is smaller.
    pub inline: bool,
    /// How the function bodies are spread over threads (emitted, then
    /// validated); the output is the same for any value.
    pub jobs: Jobs,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            heap_size: 16 << 20,
            import_memory: false,
            heap_checks: HeapChecks::Exact,
            branch_hints: true,
            checks_out_of_line: false,
            inline: true,
            jobs: Jobs::available(),
        }
    }
}

/// The wasm memory's size in 64 KiB pages: enough for the heap (the
/// checks compare with the heap's length, also when it is below one page).
pub fn memory_pages(heap_size: u32) -> u64 {
    u64::from(heap_size).div_ceil(65536)
}

/// The least asm.js heap length (spec 7; V8 refuses to link a smaller one).
/// Code for an imported memory assumes no more of the length than this.
pub const MIN_HEAP: u32 = 1 << 12;

/// The greatest asm.js heap length, `2^31 - 2^24` (spec 7).
pub const MAX_HEAP: u32 = 0x7F00_0000;

/// The exported mutable `i32` global that holds the heap length of a
/// module that imports its memory: set at instantiation to the memory's
/// byte length (at most [`MAX_HEAP`]), and lowered by a host whose heap is below
/// one wasm page.
pub const HEAP_LENGTH: &str = "asm2wasm:heap_length";

impl Options {
    /// What the code may assume of the heap length: the length itself for
    /// a memory the module defines, the least legal length for an imported one.
    pub(crate) fn known_heap(&self) -> u32 {
        if self.import_memory { MIN_HEAP } else { self.heap_size }
    }
}

/// An asm.js heap length must be 2^n for 12 <= n <= 24, or a multiple of 2^24 (spec 7).
pub fn check_heap_size(n: u64) -> Result<u32, String> {
    let ok = (n.is_power_of_two() && (1 << 12..=1 << 24).contains(&n))
        || (n.is_multiple_of(1 << 24) && n > 0 && n <= u64::from(MAX_HEAP));
    if ok {
        Ok(n as u32)
    } else {
        let next = if n < 1 << 24 {
            n.max(1 << 12).next_power_of_two()
        } else {
            n.div_ceil(1 << 24) * (1 << 24)
        };
        Err(format!(
            "{n:#x} is not a valid asm.js heap length: it must be 2^n for n in 12..=24, or a multiple of 2^24 below 2^31; the next valid length is {next:#x}"
        ))
    }
}

/// What can go wrong after validation.
#[derive(Debug)]
pub enum Error {
    /// A function whose translation passes a limit of wasm that the
    /// checker cannot foresee (`asm2wasm_check::limits`): its locals, with
    /// the scratch locals codegen adds, or its body's size in bytes. The
    /// message names the function and the figures. The input's fault, not
    /// asm2wasm's.
    Limit(String),
    /// We emitted a module that does not validate: a bug in asm2wasm.
    Invalid(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Limit(e) => write!(f, "the module cannot be translated: {e}"),
            Error::Invalid(e) => write!(
                f,
                "internal error: the generated module does not validate ({e}); please report this as a bug with the input file"
            ),
        }
    }
}

// What codegen adds to a module fits in the room the checker's limits keep for it.
const _: () = assert!(Helper::ALL.len() <= limits::CODEGEN_FUNCTIONS);
const _: () = assert!(ConstGlobal::ALL.len() <= limits::CODEGEN_GLOBALS);

/// The first function of `emitted` (all of `m`'s, in order) past wasm's
/// limits on locals or body size, as an error.
fn check_limits(m: &TypedModule, names: &Interner, emitted: &[func::Emitted]) -> Result<(), Error> {
    let Some((f, e)) = m.functions.iter().zip(emitted).find(|(_, e)| !e.fits()) else {
        return Ok(());
    };
    use limits::thousands;
    let name = names.get(f.ast.name.sym);
    let size = e.encoded.body.byte_len();
    Err(Error::Limit(if e.local_count > limits::MAX_LOCALS {
        format!(
            "function `{name}` needs {} wasm locals, more than the {} a wasm function may have: {} of its own (parameters and locals) and {} in which the translation keeps intermediate values (one per `if` of two assignments made branch-free, one per level of nested calls through a table, two per nested int `Math.min`/`max`, ...); split the function, or its expressions into statements",
            thousands(e.local_count),
            thousands(limits::MAX_LOCALS),
            thousands(f.locals.len()),
            thousands(e.local_count - f.locals.len()),
        )
    } else {
        format!(
            "function `{name}` translates to {} bytes of wasm, more than the {} a wasm function body may have; split it into several functions",
            thousands(size),
            thousands(limits::WASM_MAX_FUNCTION_SIZE),
        )
    }))
}

impl std::error::Error for Error {}

/// The wasm type of an asm.js value type.
pub(crate) fn val(t: Ty) -> Option<ValType> {
    use Ty::*;
    match t {
        Signed | Unsigned | Int | Fixnum | Intish => Some(ValType::I32),
        // An extern travels as a JS number.
        Double | DoubleQ | Extern => Some(ValType::F64),
        Float | FloatQ | Floatish => Some(ValType::F32),
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
    type_index: FxHashMap<FuncType, u32>,
    /// Imported functions: (module, name, type).
    pub(crate) imports: Vec<(&'static str, &'a str, u32)>,
    import_index: FxHashMap<(&'static str, &'a str, u32), u32>,
    /// Function index of asm.js function 0.
    pub(crate) func_base: u32,
    /// The helpers and constant globals the module has, at indices after
    /// the asm.js functions and globals, in their enums' order: what the
    /// code is emitted against (see [`compile`]).
    pub(crate) layout: Uses,
    /// asm.js global index -> wasm global index (variables that are assigned somewhere).
    pub(crate) global_index: Vec<Option<u32>>,
    /// asm.js global index -> its value, for a variable with a literal
    /// initialiser that no function assigns: reads become constants and it
    /// has no wasm global.
    pub(crate) global_const: Vec<Option<f64>>,
    /// Offset of each asm.js table in the one wasm table.
    pub(crate) table_offset: Vec<u32>,
    /// By asm.js function: whether its calls may be emitted in place.
    pub(crate) inlinable: Vec<bool>,
    /// The wasm index of the first global after the asm.js ones: the
    /// immutable globals holding constants start here (reading one takes
    /// 2 bytes, where the constant takes 5 to 9).
    next_global: u32,
}

/// The helpers and constant globals some code uses, as sets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Uses {
    helpers: u32,
    consts: u8,
}

impl Uses {
    pub(crate) fn add_helper(&mut self, h: Helper) {
        self.helpers |= 1 << h as u32;
    }
    pub(crate) fn add_const(&mut self, c: ConstGlobal) {
        self.consts |= 1 << c as u8;
    }
    pub(crate) fn union(self, other: Uses) -> Uses {
        Uses { helpers: self.helpers | other.helpers, consts: self.consts | other.consts }
    }
    /// The helpers, in index order.
    fn helpers(self) -> impl Iterator<Item = Helper> {
        Helper::ALL.into_iter().filter(move |&h| self.helpers & (1 << h as u32) != 0)
    }
    /// The constant globals, in index order.
    fn consts(self) -> impl Iterator<Item = ConstGlobal> {
        ConstGlobal::ALL.into_iter().filter(move |&c| self.consts & (1 << c as u8) != 0)
    }
}

/// How many members of the bit set `set` come before member `bit`: its
/// position among them.
fn rank(set: impl Into<u32>, bit: u8) -> u32 {
    let set: u32 = set.into();
    (set & ((1 << bit) - 1)).count_ones()
}

/// A constant the code reads from an immutable global.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ConstGlobal {
    /// The heap length, which every exact bounds check compares with.
    HeapLength,
    /// f32 NaN: out-of-bounds `Float32Array` loads, float functions falling off their end.
    NanF32,
    /// f64 NaN: the same for doubles.
    NanF64,
}

impl ConstGlobal {
    const ALL: [ConstGlobal; 3] =
        [ConstGlobal::HeapLength, ConstGlobal::NanF32, ConstGlobal::NanF64];

    fn name(self) -> &'static str {
        match self {
            ConstGlobal::NanF32 => "nan.f32",
            ConstGlobal::NanF64 => "nan.f64",
            ConstGlobal::HeapLength => "heap.length",
        }
    }
}

impl ir::Layout for Ctx<'_> {
    fn helper(&self, h: Helper) -> u32 {
        Ctx::helper(self, h)
    }
    fn const_global(&self, c: ConstGlobal) -> u32 {
        Ctx::const_global(self, c)
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

    fn import(&mut self, module: &'static str, name: &'a str, t: FuncType) -> u32 {
        let ty = self.type_of(t);
        *self.import_index.entry((module, name, ty)).or_insert_with(|| {
            self.imports.push((module, name, ty));
            self.imports.len() as u32 - 1
        })
    }

    /// The index of a type known before emission (a function's, a table's).
    pub(crate) fn known_type(&self, t: &FuncType) -> u32 {
        self.type_index[t]
    }

    /// The function index of an imported function (all imports are known before emission).
    pub(crate) fn import_of(&self, module: &'static str, name: &'a str, t: &FuncType) -> u32 {
        self.import_index[&(module, name, self.type_index[t])]
    }

    /// The index of the immutable global holding `c` in the layout.
    pub(crate) fn const_global(&self, c: ConstGlobal) -> u32 {
        self.next_global + rank(self.layout.consts, c as u8)
    }

    /// The function index of helper `h` in the layout.
    pub(crate) fn helper(&self, h: Helper) -> u32 {
        self.func_base + self.m.functions.len() as u32 + rank(self.layout.helpers, h as u8)
    }

    pub(crate) fn name(&self, s: Sym) -> &'a str {
        self.names.get(s)
    }
}

/// The name the module exports its memory under, when it defines it (not
/// `Options::import_memory`): [`MEMORY`], or [`MEMORY_TAKEN`] when the
/// asm.js module exports a function named `memory`. The asm.js exports are
/// the module's interface and keep their names; the memory, which
/// asm2wasm adds, yields (`docs/abi.md`).
pub fn memory_export(m: &TypedModule) -> &'static str {
    if m.exports.iter().any(|(name, _)| name == MEMORY) { MEMORY_TAKEN } else { MEMORY }
}

/// The memory's export name (`docs/abi.md`).
pub const MEMORY: &str = "memory";

/// The memory's export name when an asm.js export is named [`MEMORY`]. An
/// asm.js export name is a JS identifier, which cannot hold a `:`, so no
/// asm.js export can take this one.
pub const MEMORY_TAKEN: &str = "asm2wasm:memory";

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
pub(crate) fn ffi_type(
    f: &asm2wasm_check::TypedFunction,
    call: asm2wasm_base::ast::ExprId,
) -> FuncType {
    let body = &f.ast.body;
    let ExprKind::Call { args, .. } = body.expr(call).kind else { unreachable!() };
    let params = body
        .list(args)
        .iter()
        .map(|a| {
            if f.info[a.0 as usize].ty.is_some_and(|t| t.is(Ty::Signed)) {
                ValType::I32
            } else {
                ValType::F64
            }
        })
        .collect();
    let result = f.info[call.0 as usize].ty.and_then(val);
    (params, result.into_iter().collect())
}

/// Translate a checked module.
///
/// # Panics
///
/// If `opts.heap_size` is not an asm.js heap length ([`check_heap_size`]):
/// the bounds checks rely on it being a multiple of every element size.
pub fn compile(m: &TypedModule, names: &Interner, opts: &Options) -> Result<Vec<u8>, Error> {
    compile_mapped(m, names, opts).map(|(wasm, _)| wasm)
}

/// (byte offset in a module, source byte): where the code of an asm.js
/// statement starts, by offset ([`compile_mapped`]).
pub type Positions = Vec<(u32, u32)>;

/// [`compile`], with where the code of each asm.js statement starts: (byte
/// offset in the module, source byte of the statement), by offset. A trap
/// at some offset is in the statement of the last entry at or before it
/// (the first entry of each function is the function's own start).
///
/// # Panics
///
/// As [`compile`].
pub fn compile_mapped(
    m: &TypedModule,
    names: &Interner,
    opts: &Options,
) -> Result<(Vec<u8>, Positions), Error> {
    if let Err(e) = check_heap_size(opts.heap_size.into()) {
        panic!("Options::heap_size: {e}");
    }
    let mut cx = Ctx {
        m,
        names,
        opts,
        types: Vec::new(),
        type_index: FxHashMap::default(),
        imports: Vec::new(),
        import_index: FxHashMap::default(),
        func_base: 0,
        layout: Uses::default(),
        global_index: vec![None; m.globals.len()],
        global_const: vec![None; m.globals.len()],
        table_offset: Vec::new(),
        inlinable: m
            .functions
            .iter()
            .map(|f| opts.inline && passes::inline::inlinable(f))
            .collect(),
        next_global: 0,
    };

    // Imports: every foreign function per signature used, every inexact Math
    // function used, in order of first use. The same walk, over chunks of
    // functions spread over threads, finds the globals that are assigned and
    // guesses the helpers and constant globals the code will use.
    let sizes: Vec<usize> =
        m.functions.iter().map(|f| (f.ast.span.hi - f.ast.span.lo) as usize).collect();
    let ranges = opts.jobs.chunks(&sizes);
    let chunks: Vec<&[TypedFunction]> = ranges.iter().map(|r| &m.functions[r.clone()]).collect();
    let surveys = jobs::map(opts.jobs, chunks.clone(), |chunk| {
        let mut s = Survey::default();
        chunk.iter().for_each(|f| s.function(m, names, opts, f));
        s
    });
    let mut assigned = vec![false; m.globals.len()];
    let mut guess = Uses::default();
    for s in surveys {
        for (module, name, t) in s.imports {
            cx.import(module, name, t);
        }
        s.assigned.iter().for_each(|&g| assigned[g as usize] = true);
        guess = guess.union(s.uses);
    }
    cx.func_base = cx.imports.len() as u32;
    let func_types: Vec<u32> = m.functions.iter().map(|f| cx.type_of(sig_type(&f.sig))).collect();

    // Globals: mutable variables; foreign values come in as imported
    // immutable globals; a literal never assigned is a constant.
    let mut imported_globals: Vec<(String, ValType)> = Vec::new();
    let mut defined: Vec<(ValType, GlobalInit, String)> = Vec::new();
    for (i, g) in m.globals.iter().enumerate() {
        if let GlobalKind::Var { ty, init, .. } = g.kind {
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

    // Function bodies, lowered on several threads and written against a
    // layout of helpers and constant globals guessed by the survey. Where
    // the code used another set (the guess is not exact for every form),
    // it is written again against that set, which the intermediate form
    // leaves symbolic ([`ir`]): the module has exactly the helpers and
    // constants its code uses, and its bytes do not depend on the threads.
    for t in &m.tables {
        cx.type_of(sig_type(&t.sig));
    }
    // An imported memory's length lives in a global, used by the code or not.
    let mut base = Uses::default();
    if opts.import_memory {
        base.add_const(ConstGlobal::HeapLength);
    }
    cx.layout = guess.union(base);
    let mut emitted = emit_functions(&cx, ranges, opts.jobs);
    let used = emitted.iter().fold(base, |u, e| u.union(e.uses));
    if used != cx.layout {
        cx.layout = used;
        emitted.iter_mut().for_each(|e| e.encode(&cx));
    }
    check_limits(m, names, &emitted)?;
    let mut code = CodeSection::new();
    let mut local_names = IndirectNameMap::new();
    let mut hints = BranchHints::new();
    let mut positions = Vec::with_capacity(emitted.len());
    for (i, e) in emitted.into_iter().enumerate() {
        let ir::Encoded { body, hints: function_hints, positions: function_positions } = e.encoded;
        positions.push(function_positions);
        if !function_hints.is_empty() && opts.branch_hints {
            hints.function_hints(cx.func_base + i as u32, function_hints);
        }
        code.function(&body);
        local_names.append(cx.func_base + i as u32, &e.local_names);
    }
    let helper_types: Vec<u32> = cx.layout.helpers().map(|h| cx.type_of(h.signature())).collect();
    for h in cx.layout.helpers() {
        code.function(&h.body(cx.const_global(ConstGlobal::HeapLength)));
    }
    // With an imported memory, a start function sets the heap length.
    let start = opts.import_memory.then(|| {
        code.function(&heap_length_setter(cx.const_global(ConstGlobal::HeapLength)));
        (
            cx.func_base + (m.functions.len() + helper_types.len()) as u32,
            cx.type_of((vec![], vec![])),
        )
    });

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
    // An imported memory may have any size (one page at least, for the
    // least heap); a defined one is the heap's.
    let pages = memory_pages(opts.heap_size);
    let memory = MemoryType {
        minimum: if opts.import_memory { 1 } else { pages },
        maximum: (!opts.import_memory).then_some(pages),
        memory64: false,
        shared: false,
        page_size_log2: None,
    };
    if opts.import_memory {
        imports.import("env", "memory", memory);
    }
    for (name, vt) in &imported_globals {
        imports.import(
            "foreign",
            name,
            GlobalType { val_type: *vt, mutable: false, shared: false },
        );
    }
    if !imports.is_empty() {
        module.section(&imports);
    }

    let mut functions = FunctionSection::new();
    for &t in func_types.iter().chain(&helper_types).chain(start.as_ref().map(|(_, t)| t)) {
        functions.function(t);
    }
    module.section(&functions);

    if !elems.is_empty() {
        let mut tables = TableSection::new();
        let n = elems.len() as u64;
        tables.table(TableType {
            element_type: RefType::FUNCREF,
            table64: false,
            minimum: n,
            maximum: Some(n),
            shared: false,
        });
        module.section(&tables);
    }
    if !opts.import_memory {
        let mut memories = MemorySection::new();
        memories.memory(memory);
        module.section(&memories);
    }
    if !defined.is_empty() || cx.layout.consts().next().is_some() {
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
        for c in cx.layout.consts() {
            let (vt, expr) = match c {
                ConstGlobal::NanF32 => (ValType::F32, ConstExpr::f32_const(f32::NAN.into())),
                ConstGlobal::NanF64 => (ValType::F64, ConstExpr::f64_const(f64::NAN.into())),
                // Set by the start function for an imported memory.
                ConstGlobal::HeapLength if opts.import_memory => {
                    (ValType::I32, ConstExpr::i32_const(0))
                }
                ConstGlobal::HeapLength => {
                    (ValType::I32, ConstExpr::i32_const(opts.heap_size as i32))
                }
            };
            let mutable = opts.import_memory && c == ConstGlobal::HeapLength;
            globals.global(GlobalType { val_type: vt, mutable, shared: false }, &expr);
        }
        module.section(&globals);
    }

    let mut exports = ExportSection::new();
    for (name, f) in &m.exports {
        exports.export(name, ExportKind::Func, cx.func_base + f);
    }
    if opts.import_memory {
        let len = cx.const_global(ConstGlobal::HeapLength);
        exports.export(HEAP_LENGTH, ExportKind::Global, len);
    } else {
        exports.export(memory_export(m), ExportKind::Memory, 0);
    }
    module.section(&exports);
    if let Some((function_index, _)) = start {
        module.section(&StartSection { function_index });
    }

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
    for (k, h) in cx.layout.helpers().enumerate() {
        fnames.append(cx.func_base + m.functions.len() as u32 + k as u32, h.name());
    }
    if let Some((index, _)) = start {
        fnames.append(index, "asm2wasm:start");
    }
    let mut gnames = NameMap::new();
    for (i, (name, _)) in imported_globals.iter().enumerate() {
        gnames.append(i as u32, &format!("foreign.{name}"));
    }
    for (i, (_, _, name)) in defined.iter().enumerate() {
        gnames.append(n_imported_globals + i as u32, name);
    }
    for (k, c) in cx.layout.consts().enumerate() {
        gnames.append(cx.next_global + k as u32, c.name());
    }
    let mut name_section = NameSection::new();
    name_section.module(&m.name);
    name_section.functions(&fnames);
    name_section.locals(&local_names);
    name_section.globals(&gnames);
    module.section(&name_section);

    let bytes = module.finish();
    validate(&bytes, opts.jobs).map_err(|e| Error::Invalid(e.to_string()))?;
    let map = module_positions(&bytes, positions);
    Ok((bytes, map))
}

/// The functions' `positions` (offsets from each body's start) as module
/// offsets, reading where each body starts in the code section of `wasm`
/// (the asm.js functions come first there).
fn module_positions(wasm: &[u8], positions: Vec<Positions>) -> Positions {
    let mut starts = Vec::with_capacity(positions.len());
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let Ok(wasmparser::Payload::CodeSectionEntry(body)) = payload {
            starts.push(body.range().start as u32);
        }
    }
    starts
        .into_iter()
        .zip(positions)
        .flat_map(|(start, p)| p.into_iter().map(move |(at, pos)| (start + at, pos)))
        .collect()
}

/// The start function of a module that imports its memory: the heap
/// length (global `len`) is the memory's byte length, at most [`MAX_HEAP`]
/// (no asm.js heap is longer, and guards rely on `LEN - k` being a
/// positive int).
fn heap_length_setter(len: u32) -> Function {
    const MAX_PAGES: i32 = (MAX_HEAP >> 16) as i32;
    let mut f = Function::new([]);
    f.instructions()
        .memory_size(0)
        .i32_const(MAX_PAGES)
        .memory_size(0)
        .i32_const(MAX_PAGES)
        .i32_lt_u()
        .select()
        .i32_const(16)
        .i32_shl()
        .global_set(len)
        .end();
    f
}

/// Emit the asm.js functions (`chunks` of their indices, in order)
/// against `cx.layout`, the chunks spread over threads.
fn emit_functions(
    cx: &Ctx<'_>,
    chunks: Vec<std::ops::Range<usize>>,
    jobs: Jobs,
) -> Vec<func::Emitted> {
    jobs::map(jobs, chunks, |chunk| {
        chunk.map(|i| func::emit(cx, &cx.m.functions[i], i as u32)).collect::<Vec<_>>()
    })
    .into_iter()
    .flatten()
    .collect()
}

/// Validate `wasm` with `wasmparser`: the module's sections in order, then
/// the function bodies in chunks spread over threads. The first error in
/// the order of the bodies is the one returned, whatever the threads.
fn validate(wasm: &[u8], jobs: Jobs) -> Result<(), wasmparser::BinaryReaderError> {
    use wasmparser::{FuncValidatorAllocations, Parser, ValidPayload, Validator};
    let mut validator = Validator::new();
    let mut bodies = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        if let ValidPayload::Func(func, body) = validator.payload(&payload?)? {
            bodies.push((func, body));
        }
    }
    let chunks = jobs.split(bodies, |(_, b)| b.range().len());
    let checked = jobs::map(jobs, chunks, |chunk| {
        let mut allocs = FuncValidatorAllocations::default();
        for (func, body) in chunk {
            let mut v = func.into_validator(allocs);
            v.validate(&body)?;
            allocs = v.into_allocations();
        }
        Ok(())
    });
    checked.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_heap_length_global_comes_first_whatever_the_layout() {
        // `passes::Summary::layout` relies on it: code reading only this
        // constant global is never written again.
        assert_eq!(ConstGlobal::ALL[0], ConstGlobal::HeapLength);
        for consts in 0..8u8 {
            assert_eq!(rank(consts, ConstGlobal::HeapLength as u8), 0);
        }
    }

    /// Each `Math` function without an exact instruction is one import:
    /// they fit in the room the checker's limits keep for them.
    #[test]
    fn math_imports_fit_the_checkers_margin() {
        let all = [
            "acos", "asin", "atan", "cos", "sin", "tan", "exp", "log", "ceil", "floor", "sqrt",
            "abs", "min", "max", "atan2", "pow", "imul", "fround", "clz32",
        ];
        let imports =
            all.iter().filter(|n| math_import(StdFn::from_name(n).unwrap()).is_some()).count();
        assert_eq!(imports, limits::CODEGEN_FUNCTION_IMPORTS);
    }
}
