//! WASI commands (`asm2wasm input.js --wasi -o app.wasm`, issue 17): a
//! translated module rewritten so that a WASI runtime runs it with nothing
//! but `wasi_snapshot_preview1`.
//!
//! The module's imports from its JS host become functions inside it,
//! written over WASI's `fd_write` and `proc_exit`, for the host interface
//! of `docs/host-interface.md`:
//!
//! - `foreign.print(...)` of int arguments: each in decimal, separated by
//!   spaces, then a newline, on stdout (what `console.log` writes for
//!   ints); `0` when its result is used;
//! - `foreign.printString(p)`: the heap's bytes from `p` up to the first
//!   NUL or the heap's end, then a newline, on stdout;
//! - `foreign.abort(...)` of int arguments: `error: foreign.abort(ARGS) was
//!   called` on stderr, then exit status 4 (as `asm2wasm run`).
//!
//! `Math`'s ten imported functions are libm.js's (`docs/wasi.md`),
//! translated with the module and linked in: their functions, types and
//! globals after the module's, their 88 scratch bytes in the page past the
//! heap. Any other import is refused, naming it: a foreign value, a
//! `print` of doubles (JS's shortest digits, not written inside the module
//! yet).
//!
//! `_start` calls the entry export with the command's arguments after its
//! name, one per parameter, each an int written in decimal
//! (`-2147483648` to `4294967295`, the upper half wrapping as `ToInt32`
//! does); another count of arguments, or one that is not such an int,
//! writes a usage line on stderr and exits with status 2. The entry's int
//! result is the exit status (`proc_exit`; wasmtime refuses statuses of 126
//! and above, Node and wasm3 take their low 8 bits), and returning nothing
//! exits with 0. The memory, exported as `memory`, has one page more than the
//! heap: the new functions keep their scratch bytes there (an iovec, the
//! count written, the digits of an int), beyond every heap address, which
//! the exact bounds checks compare with the heap's length, not the
//! memory's. So `--wasi` needs exact checks: with trapping ones an access
//! past the heap would reach that page instead of trapping.

use wasm_encoder::reencode::Reencode;
use wasm_encoder::{
    CodeSection, EntityType, ExportKind, ExportSection, Function, FunctionSection, ImportSection,
    InstructionSink, MemArg, MemorySection, MemoryType, Module, TypeSection, ValType,
};
use wasmparser::{Payload, TypeRef};

/// WASI's module name.
const WASI: &str = "wasi_snapshot_preview1";
/// Exit status of `foreign.abort`, as `asm2wasm run` gives.
const ABORT_STATUS: i32 = 4;

/// An import of the translated module, and what stands for it.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Glue {
    /// `print` of `n` ints; `true`: its result is used.
    Print(u32, bool),
    /// `printString(p)`.
    PrintString(bool),
    /// `abort` of `n` ints.
    Abort(u32, bool),
    /// One of `Math`'s ten functions, from libm.js: by its export's name.
    Math(&'static str),
}

/// `Math`'s functions that wasm has no instruction for, all in libm.js.
const LIBM: [&str; 10] =
    ["sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "log", "pow"];

/// What the rewriting needs of the translated module.
struct Parts<'a> {
    types: Vec<wasmparser::FuncType>,
    /// Each function import: its glue.
    imports: Vec<Glue>,
    /// Type index of each function the module defines.
    funcs: Vec<u32>,
    memory: Option<wasmparser::MemoryType>,
    exports: Vec<wasmparser::Export<'a>>,
    /// The sections copied as they are but for function indices.
    tables: Option<wasmparser::TableSectionReader<'a>>,
    globals: Option<wasmparser::GlobalSectionReader<'a>>,
    elements: Option<wasmparser::ElementSectionReader<'a>>,
    start: Option<u32>,
    bodies: Vec<wasmparser::FunctionBody<'a>>,
}

/// `wasm`, translated with exact checks and a memory of its own (of
/// `heap_size` bytes), as a WASI command whose `_start` calls the export
/// `entry` (or, when `None`, `main` or the module's only export). An
/// error says what stands in the way, naming it.
pub fn command(wasm: &[u8], entry: Option<&str>, heap_size: u32) -> Result<Vec<u8>, String> {
    let parts = parts(wasm)?;
    let entry = pick_entry(&parts, entry)?;
    build(&parts, entry, heap_size)
}

impl Parts<'_> {
    /// The type of function `f`, one the module defines.
    fn type_of(&self, f: u32) -> &wasmparser::FuncType {
        &self.types[self.funcs[f as usize - self.imports.len()] as usize]
    }
}

fn parts(wasm: &[u8]) -> Result<Parts<'_>, String> {
    let bad = |e: wasmparser::BinaryReaderError| format!("the translated module: {e}");
    let mut p = Parts {
        types: Vec::new(),
        imports: Vec::new(),
        funcs: Vec::new(),
        memory: None,
        exports: Vec::new(),
        tables: None,
        globals: None,
        elements: None,
        start: None,
        bodies: Vec::new(),
    };
    let mut refused = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.map_err(bad)? {
            Payload::TypeSection(s) => p.types = func_types(s).map_err(bad)?,
            Payload::ImportSection(s) => {
                for import in s.into_imports() {
                    let import = import.map_err(bad)?;
                    let what = format!("{}.{}", import.module, import.name);
                    match import.ty {
                        TypeRef::Func(t) => match glue(&import, &p.types[t as usize]) {
                            Some(g) => p.imports.push(g),
                            None => refused.push(describe(&what, &p.types[t as usize])),
                        },
                        TypeRef::Global(_) => refused.push(format!("the value `{what}`")),
                        _ => refused.push(format!("`{what}`")),
                    }
                }
            }
            Payload::FunctionSection(s) => {
                for f in s {
                    p.funcs.push(f.map_err(bad)?);
                }
            }
            Payload::MemorySection(s) => {
                for m in s {
                    p.memory = Some(m.map_err(bad)?);
                }
            }
            Payload::TableSection(s) => p.tables = Some(s),
            Payload::GlobalSection(s) => p.globals = Some(s),
            Payload::ElementSection(s) => p.elements = Some(s),
            Payload::StartSection { func, .. } => p.start = Some(func),
            Payload::ExportSection(s) => {
                for e in s {
                    p.exports.push(e.map_err(bad)?);
                }
            }
            Payload::CodeSectionEntry(body) => p.bodies.push(body),
            _ => {}
        }
    }
    if !refused.is_empty() {
        return Err(format!(
            "a WASI command gives the module only what --wasi implements (foreign.print and \
             foreign.abort of ints, foreign.printString), and it imports {} (docs/wasi.md)",
            refused.join(", ")
        ));
    }
    if p.memory.is_none() {
        return Err("the translated module has no memory of its own".into());
    }
    Ok(p)
}

/// The function types of a type section (asm2wasm emits no others).
fn func_types(
    section: wasmparser::TypeSectionReader<'_>,
) -> Result<Vec<wasmparser::FuncType>, wasmparser::BinaryReaderError> {
    let mut types = Vec::new();
    for group in section {
        types.extend(group?.into_types().map(|t| t.unwrap_func().clone()));
    }
    Ok(types)
}

/// The glue standing for a function import, if `--wasi` implements it.
fn glue(import: &wasmparser::Import<'_>, ty: &wasmparser::FuncType) -> Option<Glue> {
    let n = ty.params().len() as u32;
    if import.module == "Math" {
        let name = LIBM.iter().find(|&&f| f == import.name)?;
        let arity = if matches!(*name, "atan2" | "pow") { 2 } else { 1 };
        let doubles = ty.params().iter().all(|&t| t == wasmparser::ValType::F64)
            && ty.results() == [wasmparser::ValType::F64];
        return (doubles && n == arity).then_some(Glue::Math(name));
    }
    let ints = ty.params().iter().all(|&t| t == wasmparser::ValType::I32);
    let result = match ty.results() {
        [] => false,
        [wasmparser::ValType::I32] => true,
        _ => return None,
    };
    match (import.module, import.name) {
        ("foreign", "print") if ints => Some(Glue::Print(n, result)),
        ("foreign", "printString") if n == 1 && ints => Some(Glue::PrintString(result)),
        ("foreign", "abort") if ints => Some(Glue::Abort(n, result)),
        _ => None,
    }
}

/// `foreign.log: (i32, f64) -> i32`, as `asm2wasm run` names imports.
fn describe(what: &str, ty: &wasmparser::FuncType) -> String {
    let list = |ts: &[wasmparser::ValType]| {
        ts.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
    };
    let result = if ty.results().is_empty() { "void".to_string() } else { list(ty.results()) };
    format!("`{what}: ({}) -> {result}`", list(ty.params()))
}

/// The function index of the entry export.
fn pick_entry(p: &Parts<'_>, entry: Option<&str>) -> Result<u32, String> {
    let funcs: Vec<&wasmparser::Export<'_>> =
        p.exports.iter().filter(|e| e.kind == wasmparser::ExternalKind::Func).collect();
    let names = || funcs.iter().map(|e| format!("`{}`", e.name)).collect::<Vec<_>>().join(", ");
    let found = match entry {
        Some(name) => funcs.iter().find(|e| e.name == name).ok_or_else(|| {
            format!("the module exports no function `{name}`; it exports {}", names())
        })?,
        None => match funcs.iter().find(|e| e.name == "main") {
            Some(e) => e,
            None if funcs.len() == 1 => &funcs[0],
            None => {
                return Err(format!(
                    "which export is the command's entry? say it with --entry NAME: the module \
                     exports {}",
                    names()
                ));
            }
        },
    };
    let index = found.index;
    let ty = p.type_of(index);
    if ty.params().iter().any(|&t| t != wasmparser::ValType::I32) {
        return Err(format!(
            "the entry `{}` takes a double; a WASI command's arguments are ints",
            found.name
        ));
    }
    if !matches!(ty.results(), [] | [wasmparser::ValType::I32]) {
        return Err(format!(
            "the entry `{}` returns a double; a WASI command's entry returns an int (its exit \
             status) or nothing",
            found.name
        ));
    }
    Ok(index)
}

/// Indices of a module's functions, types and globals in the new one.
struct Remap {
    funcs: Vec<u32>,
    /// Where its types start.
    types: u32,
    /// Its globals' new indices (`None`: unchanged).
    globals: Option<Vec<u32>>,
}

type ReencodeError = wasm_encoder::reencode::Error<std::convert::Infallible>;

impl Reencode for Remap {
    type Error = std::convert::Infallible;

    fn function_index(&mut self, func: u32) -> Result<u32, ReencodeError> {
        Ok(self.funcs[func as usize])
    }

    fn type_index(&mut self, ty: u32) -> Result<u32, ReencodeError> {
        Ok(self.types + ty)
    }

    fn global_index(&mut self, global: u32) -> Result<u32, ReencodeError> {
        Ok(self.globals.as_ref().map_or(global, |g| g[global as usize]))
    }
}

/// libm.js translated, with trapping checks: it reads and writes only its
/// 88 scratch bytes, in the page past the heap (with exact checks it would
/// compare them with its own heap's length). Its one import is the value
/// `foreign.scratch`, whose global `--wasi` makes a constant.
fn libm_wasm() -> Result<Vec<u8>, String> {
    let text = include_str!("libm.js").to_string();
    let report = crate::check_source("libm.js", text);
    let opts = asm2wasm_codegen::Options {
        heap_checks: asm2wasm_codegen::HeapChecks::Trap,
        heap_size: 65536,
        ..asm2wasm_codegen::Options::default()
    };
    report.translate(0, &opts).map_err(|e| format!("libm.js: {e}"))
}

/// What the linking needs of libm.js's wasm.
struct LibmParts<'a> {
    types: Vec<wasmparser::FuncType>,
    funcs: Vec<u32>,
    globals: Vec<wasmparser::Global<'a>>,
    exports: Vec<(&'a str, u32)>,
    bodies: Vec<wasmparser::FunctionBody<'a>>,
}

fn libm_parts(wasm: &[u8]) -> Result<LibmParts<'_>, String> {
    let bad = |e: wasmparser::BinaryReaderError| format!("libm.js's wasm: {e}");
    let mut l = LibmParts {
        types: Vec::new(),
        funcs: Vec::new(),
        globals: Vec::new(),
        exports: Vec::new(),
        bodies: Vec::new(),
    };
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.map_err(bad)? {
            Payload::TypeSection(s) => l.types = func_types(s).map_err(bad)?,
            Payload::ImportSection(s) => {
                // Only the value `foreign.scratch`, global 0.
                for import in s.into_imports() {
                    let import = import.map_err(bad)?;
                    if !matches!(import.ty, TypeRef::Global(_)) || import.name != "scratch" {
                        return Err(format!("libm.js imports {}.{}", import.module, import.name));
                    }
                }
            }
            Payload::FunctionSection(s) => {
                for f in s {
                    l.funcs.push(f.map_err(bad)?);
                }
            }
            Payload::GlobalSection(s) => {
                for g in s {
                    l.globals.push(g.map_err(bad)?);
                }
            }
            Payload::ExportSection(s) => {
                for e in s {
                    let e = e.map_err(bad)?;
                    if e.kind == wasmparser::ExternalKind::Func {
                        l.exports.push((e.name, e.index));
                    }
                }
            }
            Payload::CodeSectionEntry(body) => l.bodies.push(body),
            Payload::TableSection(_) | Payload::ElementSection { .. } => {
                return Err("libm.js has a function table".into());
            }
            _ => {}
        }
    }
    Ok(l)
}

/// The new functions, after the module's own: the helpers, then one glue
/// function per old import, then `_start`.
#[derive(Clone, Copy)]
enum Helper {
    /// `(ptr, len, fd)`: write the bytes.
    Out,
    /// `(x, fd)`: write the int in decimal.
    OutInt,
    /// `(c, fd)`: write the byte.
    OutChar,
}

const HELPERS: [Helper; 3] = [Helper::Out, Helper::OutInt, Helper::OutChar];

/// WASI's imports, first in the new index space.
const FD_WRITE: u32 = 0;
const PROC_EXIT: u32 = 1;
const ARGS_SIZES_GET: u32 = 2;
const ARGS_GET: u32 = 3;
const IMPORTS: u32 = 4;

fn build(p: &Parts<'_>, entry: u32, heap_size: u32) -> Result<Vec<u8>, String> {
    let scratch = Scratch(heap_size);
    // libm.js, when the module calls `Math`.
    let libm_wasm = if p.imports.iter().any(|g| matches!(g, Glue::Math(_))) {
        Some(libm_wasm()?)
    } else {
        None
    };
    let libm = libm_wasm.as_deref().map(libm_parts).transpose()?;
    let defined = p.funcs.len() as u32;
    let libm_base = IMPORTS + defined;
    let libm_count = libm.as_ref().map_or(0, |l| l.funcs.len() as u32);
    let helper_base = libm_base + libm_count;
    let glue_base = helper_base + HELPERS.len() as u32;
    // The imports that get a function of their own: all but `Math`'s.
    let glued: Vec<Glue> =
        p.imports.iter().copied().filter(|g| !matches!(g, Glue::Math(_))).collect();
    let start = glue_base + glued.len() as u32;
    // Old imports go to their glue or to libm's function, old functions
    // after WASI's imports.
    let mut next_glue = glue_base;
    let mut funcs = Vec::new();
    for g in &p.imports {
        funcs.push(match g {
            Glue::Math(name) => {
                let l = libm.as_ref().unwrap();
                let &(_, f) = l
                    .exports
                    .iter()
                    .find(|e| e.0 == *name)
                    .ok_or_else(|| format!("libm.js exports no `{name}`"))?;
                libm_base + f
            }
            _ => {
                next_glue += 1;
                next_glue - 1
            }
        });
    }
    funcs.extend((0..defined).map(|f| IMPORTS + f));
    let mut remap = Remap { funcs, types: 0, globals: None };
    let user_globals = p.globals.as_ref().map_or(0, wasmparser::SectionLimited::count);
    let libm_types = libm.as_ref().map_or(0, |l| l.types.len() as u32);
    let err = |e: ReencodeError| e.to_string();
    // libm's globals follow the module's; its import, global 0, is its
    // `SCRATCH`'s constant (global 1).
    let mut libm_remap = libm.as_ref().map(|l| Remap {
        funcs: (0..l.funcs.len() as u32).map(|f| libm_base + f).collect(),
        types: p.types.len() as u32,
        globals: Some(
            std::iter::once(user_globals)
                .chain((0..l.globals.len() as u32).map(|g| user_globals + g))
                .collect(),
        ),
    });

    // Types: the module's, libm's, then one per new signature.
    let mut types = TypeSection::new();
    for t in &p.types {
        types.ty().func_type(&remap.func_type(t.clone()).map_err(err)?);
    }
    if let (Some(l), Some(r)) = (&libm, &mut libm_remap) {
        for t in &l.types {
            types.ty().func_type(&r.func_type(t.clone()).map_err(err)?);
        }
    }
    let mut new_types: Vec<(Vec<ValType>, Vec<ValType>)> = Vec::new();
    let mut ty = |params: Vec<ValType>, results: Vec<ValType>| -> u32 {
        let key = (params, results);
        let k = new_types.iter().position(|t| *t == key).unwrap_or_else(|| {
            new_types.push(key);
            new_types.len() - 1
        });
        p.types.len() as u32 + libm_types + k as u32
    };
    use ValType::I32;
    let fd_write_ty = ty(vec![I32, I32, I32, I32], vec![I32]);
    let proc_exit_ty = ty(vec![I32], vec![]);
    let args_ty = ty(vec![I32, I32], vec![I32]);
    let helper_tys: Vec<u32> = HELPERS
        .iter()
        .map(|h| match h {
            Helper::Out => ty(vec![I32, I32, I32], vec![]),
            Helper::OutInt | Helper::OutChar => ty(vec![I32, I32], vec![]),
        })
        .collect();
    let glue_tys: Vec<u32> = glued
        .iter()
        .map(|g| {
            let (n, result) = match *g {
                Glue::Print(n, r) | Glue::Abort(n, r) => (n, r),
                Glue::PrintString(r) => (1, r),
                Glue::Math(_) => unreachable!("`Math` is libm.js's"),
            };
            ty(vec![I32; n as usize], if result { vec![I32] } else { vec![] })
        })
        .collect();
    let start_ty = ty(vec![], vec![]);
    for (params, results) in &new_types {
        types.ty().function(params.iter().copied(), results.iter().copied());
    }

    let mut imports = ImportSection::new();
    imports.import(WASI, "fd_write", EntityType::Function(fd_write_ty));
    imports.import(WASI, "proc_exit", EntityType::Function(proc_exit_ty));
    imports.import(WASI, "args_sizes_get", EntityType::Function(args_ty));
    imports.import(WASI, "args_get", EntityType::Function(args_ty));

    let mut functions = FunctionSection::new();
    p.funcs.iter().for_each(|&t| {
        functions.function(t);
    });
    for &t in libm.as_ref().map_or(&[][..], |l| &l.funcs[..]) {
        functions.function(p.types.len() as u32 + t);
    }
    helper_tys.iter().chain(&glue_tys).for_each(|&t| {
        functions.function(t);
    });
    functions.function(start_ty);

    // One page more than the heap, for the scratch bytes.
    let old = p.memory.unwrap();
    let mut memories = MemorySection::new();
    memories.memory(MemoryType {
        minimum: old.initial + 1,
        maximum: old.maximum.map(|m| m + 1),
        memory64: false,
        shared: false,
        page_size_log2: None,
    });

    let mut exports = ExportSection::new();
    let mut memory_exported = false;
    for e in &p.exports {
        let (kind, index) = match e.kind {
            wasmparser::ExternalKind::Func => (ExportKind::Func, remap.funcs[e.index as usize]),
            wasmparser::ExternalKind::Memory => {
                memory_exported |= e.name == "memory";
                (ExportKind::Memory, e.index)
            }
            wasmparser::ExternalKind::Global => (ExportKind::Global, e.index),
            wasmparser::ExternalKind::Table => (ExportKind::Table, e.index),
            _ => continue,
        };
        if e.name == "_start" {
            return Err("the module exports a function `_start`, the name WASI gives the \
                        command's own entry: rename that export"
                .into());
        }
        exports.export(e.name, kind, index);
    }
    if !memory_exported {
        return Err("the module exports a function named `memory`, the name WASI reads the \
                    memory under: rename that export"
            .into());
    }
    exports.export("_start", ExportKind::Func, start);

    let mut code = CodeSection::new();
    for body in &p.bodies {
        remap.parse_function_body(&mut code, body.clone()).map_err(err)?;
    }
    if let (Some(l), Some(r)) = (&libm, &mut libm_remap) {
        for body in &l.bodies {
            r.parse_function_body(&mut code, body.clone()).map_err(err)?;
        }
    }
    for h in HELPERS {
        code.function(&helper(h, scratch, helper_base));
    }
    for g in &glued {
        code.function(&glue_body(*g, scratch, helper_base));
    }
    let entry_ty = p.type_of(entry);
    code.function(&start_body(remap.funcs[entry as usize], entry_ty, scratch, helper_base));

    let mut module = Module::new();
    module.section(&types).section(&imports).section(&functions);
    if let Some(t) = &p.tables {
        let mut s = wasm_encoder::TableSection::new();
        remap.parse_table_section(&mut s, t.clone()).map_err(err)?;
        module.section(&s);
    }
    module.section(&memories);
    let mut globals = wasm_encoder::GlobalSection::new();
    if let Some(g) = &p.globals {
        remap.parse_global_section(&mut globals, g.clone()).map_err(err)?;
    }
    if let (Some(l), Some(r)) = (&libm, &mut libm_remap) {
        for g in &l.globals {
            let ty = r.global_type(g.ty).map_err(err)?;
            // `SCRATCH = foreign.scratch|0`: the scratch bytes' address.
            let mut ops = g.init_expr.get_operators_reader();
            let init = match ops.read() {
                Ok(wasmparser::Operator::GlobalGet { global_index: 0 }) => {
                    wasm_encoder::ConstExpr::i32_const(scratch.libm())
                }
                _ => r.const_expr(g.init_expr.clone()).map_err(err)?,
            };
            globals.global(ty, &init);
        }
    }
    if !globals.is_empty() {
        module.section(&globals);
    }
    module.section(&exports);
    if let Some(f) = p.start {
        module.section(&wasm_encoder::StartSection { function_index: remap.funcs[f as usize] });
    }
    if let Some(e) = &p.elements {
        let mut s = wasm_encoder::ElementSection::new();
        remap.parse_element_section(&mut s, e.clone()).map_err(err)?;
        module.section(&s);
    }
    module.section(&code);
    let bytes = module.finish();
    wasmparser::validate(&bytes)
        .map_err(|e| format!("internal error: the command does not validate ({e})"))?;
    Ok(bytes)
}

/// Where the new functions keep their bytes: the page past the heap.
#[derive(Clone, Copy)]
struct Scratch(u32);

impl Scratch {
    /// The iovec `fd_write` reads (pointer, length).
    fn iovec(self) -> i32 {
        self.0 as i32
    }
    /// The count `fd_write` writes.
    fn written(self) -> i32 {
        self.0 as i32 + 8
    }
    /// The end of the digits of an int (11 bytes before it at most).
    fn digits_end(self) -> i32 {
        self.0 as i32 + 32
    }
    /// One byte to write.
    fn byte(self) -> i32 {
        self.0 as i32 + 32
    }
    /// `args_sizes_get`'s count and size.
    fn arg_sizes(self) -> i32 {
        self.0 as i32 + 40
    }
    /// libm.js's 88 bytes.
    fn libm(self) -> i32 {
        self.0 as i32 + 64
    }
    /// `args_get`'s pointers, then its strings, to the page's end.
    fn args(self) -> i32 {
        self.0 as i32 + 256
    }
    /// The page's end.
    fn end(self) -> i32 {
        (self.0 + 65536) as i32
    }
}

fn mem(align: u32) -> MemArg {
    MemArg { offset: 0, align, memory_index: 0 }
}

fn call_helper(s: &mut InstructionSink<'_>, base: u32, h: Helper) {
    s.call(base + h as u32);
}

/// A helper's body.
fn helper(h: Helper, scratch: Scratch, base: u32) -> Function {
    match h {
        // (ptr, len, fd): one iovec, `fd_write(fd, iovec, 1, written)`.
        Helper::Out => {
            let mut f = Function::new([]);
            let mut s = f.instructions();
            s.i32_const(scratch.iovec()).local_get(0).i32_store(mem(2));
            s.i32_const(scratch.iovec() + 4).local_get(1).i32_store(mem(2));
            s.local_get(2).i32_const(scratch.iovec()).i32_const(1).i32_const(scratch.written());
            s.call(FD_WRITE).drop().end();
            f
        }
        // (x, fd): its digits backwards from the end, from |x| as an i64.
        Helper::OutInt => {
            let (v, p) = (2, 3);
            let mut f = Function::new([(1, ValType::I64), (1, ValType::I32)]);
            let mut s = f.instructions();
            s.local_get(0).i64_extend_i32_s().local_set(v);
            s.local_get(0).i32_const(0).i32_lt_s().if_(wasm_encoder::BlockType::Empty);
            s.i64_const(0).local_get(v).i64_sub().local_set(v).end();
            s.i32_const(scratch.digits_end()).local_set(p);
            s.loop_(wasm_encoder::BlockType::Empty);
            s.local_get(p).i32_const(1).i32_sub().local_tee(p);
            s.local_get(v).i64_const(10).i64_rem_u().i32_wrap_i64().i32_const(48).i32_add();
            s.i32_store8(mem(0));
            s.local_get(v).i64_const(10).i64_div_u().local_tee(v).i64_const(0).i64_ne().br_if(0);
            s.end();
            s.local_get(0).i32_const(0).i32_lt_s().if_(wasm_encoder::BlockType::Empty);
            s.local_get(p).i32_const(1).i32_sub().local_tee(p).i32_const(45).i32_store8(mem(0));
            s.end();
            s.local_get(p).i32_const(scratch.digits_end()).local_get(p).i32_sub().local_get(1);
            call_helper(&mut s, base, Helper::Out);
            s.end();
            f
        }
        // (c, fd)
        Helper::OutChar => {
            let mut f = Function::new([]);
            let mut s = f.instructions();
            s.i32_const(scratch.byte()).local_get(0).i32_store8(mem(0));
            s.i32_const(scratch.byte()).i32_const(1).local_get(1);
            call_helper(&mut s, base, Helper::Out);
            s.end();
            f
        }
    }
}

/// The body standing for an import.
fn glue_body(g: Glue, scratch: Scratch, base: u32) -> Function {
    let (stdout, stderr) = (1, 2);
    match g {
        Glue::Print(n, result) => {
            let mut f = Function::new([]);
            let mut s = f.instructions();
            for k in 0..n {
                if k > 0 {
                    s.i32_const(32).i32_const(stdout);
                    call_helper(&mut s, base, Helper::OutChar);
                }
                s.local_get(k).i32_const(stdout);
                call_helper(&mut s, base, Helper::OutInt);
            }
            s.i32_const(10).i32_const(stdout);
            call_helper(&mut s, base, Helper::OutChar);
            if result {
                s.i32_const(0);
            }
            s.end();
            f
        }
        Glue::PrintString(result) => {
            // The length: up to the first NUL or the heap's end.
            let len = 1;
            let mut f = Function::new([(1, ValType::I32)]);
            let mut s = f.instructions();
            s.block(wasm_encoder::BlockType::Empty).loop_(wasm_encoder::BlockType::Empty);
            s.local_get(0).local_get(len).i32_add().i32_const(scratch.0 as i32).i32_ge_u().br_if(1);
            s.local_get(0).local_get(len).i32_add().i32_load8_u(mem(0)).i32_eqz().br_if(1);
            s.local_get(len).i32_const(1).i32_add().local_set(len).br(0);
            s.end().end();
            s.local_get(0).local_get(len).i32_const(stdout);
            call_helper(&mut s, base, Helper::Out);
            s.i32_const(10).i32_const(stdout);
            call_helper(&mut s, base, Helper::OutChar);
            if result {
                s.i32_const(0);
            }
            s.end();
            f
        }
        Glue::Math(_) => unreachable!("`Math` is libm.js's"),
        Glue::Abort(n, _) => {
            let mut f = Function::new([]);
            let mut s = f.instructions();
            for &c in b"error: foreign.abort(" {
                s.i32_const(i32::from(c)).i32_const(stderr);
                call_helper(&mut s, base, Helper::OutChar);
            }
            for k in 0..n {
                if k > 0 {
                    for &c in b", " {
                        s.i32_const(i32::from(c)).i32_const(stderr);
                        call_helper(&mut s, base, Helper::OutChar);
                    }
                }
                s.local_get(k).i32_const(stderr);
                call_helper(&mut s, base, Helper::OutInt);
            }
            for &c in b") was called\n" {
                s.i32_const(i32::from(c)).i32_const(stderr);
                call_helper(&mut s, base, Helper::OutChar);
            }
            s.i32_const(ABORT_STATUS).call(PROC_EXIT).unreachable().end();
            f
        }
    }
}

/// `_start`: the entry, given the command's arguments as ints, its int
/// result the exit status.
fn start_body(entry: u32, ty: &wasmparser::FuncType, scratch: Scratch, base: u32) -> Function {
    let n = ty.params().len() as i32;
    // Locals: the argument's string, its value (as an i64), a byte, its
    // sign, then the values, one per parameter.
    let (p, v, c, neg, values) = (0, 1, 2, 3, 4);
    let mut f = Function::new([
        (1, ValType::I32),
        (1, ValType::I64),
        (2, ValType::I32),
        (n as u32, ValType::I32),
    ]);
    let mut s = f.instructions();
    use wasm_encoder::BlockType::Empty;
    // The count must be the parameters' (and the name), and the strings
    // must fit in the page.
    s.i32_const(scratch.arg_sizes()).i32_const(scratch.arg_sizes() + 4).call(ARGS_SIZES_GET).drop();
    s.i32_const(scratch.arg_sizes()).i32_load(mem(2)).i32_const(n + 1).i32_ne();
    s.i32_const(scratch.arg_sizes() + 4).i32_load(mem(2));
    s.i32_const(scratch.end() - scratch.args() - 4 * (n + 1)).i32_gt_u().i32_or();
    s.if_(Empty);
    usage(&mut s, n, base);
    s.end();
    s.i32_const(scratch.args()).i32_const(scratch.args() + 4 * (n + 1)).call(ARGS_GET).drop();
    for k in 0..n {
        // The string of argument k + 1: `-`? digits, NUL.
        s.i32_const(scratch.args() + 4 * (k + 1)).i32_load(mem(2)).local_set(p);
        s.i64_const(0).local_set(v);
        s.local_get(p).i32_load8_u(mem(0)).i32_const(45).i32_eq().local_tee(neg);
        s.local_get(p).i32_add().local_set(p);
        // No digit at all is not an int.
        s.local_get(p).i32_load8_u(mem(0)).i32_eqz().if_(Empty);
        usage(&mut s, n, base);
        s.end();
        s.block(Empty).loop_(Empty);
        s.local_get(p).i32_load8_u(mem(0)).local_tee(c).i32_eqz().br_if(1);
        s.local_get(c).i32_const(48).i32_sub().i32_const(9).i32_gt_u();
        s.local_get(v).i64_const(0xffff_ffff).i64_gt_u().i32_or().if_(Empty);
        usage(&mut s, n, base);
        s.end();
        s.local_get(v).i64_const(10).i64_mul();
        s.local_get(c).i32_const(48).i32_sub().i64_extend_i32_u().i64_add().local_set(v);
        s.local_get(p).i32_const(1).i32_add().local_set(p).br(0);
        s.end().end();
        // Within `-2^31 ..= 2^32 - 1`.
        s.local_get(neg).if_(Empty);
        s.i64_const(0).local_get(v).i64_sub().local_set(v).end();
        s.local_get(v).i64_const(-(1 << 31)).i64_lt_s();
        s.local_get(v).i64_const(0xffff_ffff).i64_gt_s().i32_or().if_(Empty);
        usage(&mut s, n, base);
        s.end();
        s.local_get(v).i32_wrap_i64().local_set(values + k as u32);
    }
    for k in 0..n {
        s.local_get(values + k as u32);
    }
    s.call(entry);
    if !ty.results().is_empty() {
        s.call(PROC_EXIT);
    }
    s.end();
    f
}

/// `usage: COMMAND INT INT ...` on stderr, exit status 2.
fn usage(s: &mut InstructionSink<'_>, n: i32, base: u32) {
    let mut text = b"usage: the command takes".to_vec();
    text.extend(if n == 0 {
        b" no arguments".to_vec()
    } else {
        format!(" {n} int argument(s)").into_bytes()
    });
    text.push(b'\n');
    for c in text {
        s.i32_const(i32::from(c)).i32_const(2);
        call_helper(s, base, Helper::OutChar);
    }
    s.i32_const(2).call(PROC_EXIT);
}
