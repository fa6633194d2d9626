//! WASI commands (`asm2wasm input.js --wasi -o app.wasm`, issue 17): a
//! translated module rewritten so that a WASI runtime runs it with nothing
//! but `wasi_snapshot_preview1` (`docs/wasi.md`).
//!
//! The module's imports from its JS host become functions inside it,
//! written over WASI's `fd_write` and `proc_exit` (`emit.rs`):
//!
//! - for a module written against the host interface of
//!   `docs/host-interface.md`: `foreign.print(...)` (and `foreign.log`, the
//!   same `console.log`) of ints and doubles, `foreign.printString(p)`,
//!   `foreign.abort(...)`;
//! - for an Emscripten program (its JS glue read by [`emscripten`]): the
//!   runtime functions a C program needs to start, print, allocate and
//!   exit, its static data as data segments, and the values its glue
//!   computes (`STACKTOP`, `STACK_MAX`, `DYNAMICTOP_PTR`, ...) as constants.
//!
//! `Math`'s ten imported functions are libm.js's, and the shortest digits
//! of a printed double are dtoa.js's: asm.js modules of ours, translated
//! with the module and linked in (their functions, types and globals after
//! the module's). Any other import is refused, naming it.
//!
//! `_start` calls the entry export with the command's arguments: as ints,
//! one per parameter, for a hand-written module (another count, or one that
//! is not an int, is a usage error: status 2), as C's `argc`/`argv` for an
//! Emscripten `_main`. The entry's int result is the exit status (or, with
//! `--print-result`, printed). The memory, exported as `memory`, has one
//! page more than the heap: the new functions keep their bytes there
//! (`emit::Scratch`), past every heap address, which the exact bounds
//! checks compare with the heap's length, not the memory's. So `--wasi`
//! needs exact checks: with trapping ones an access past the heap would
//! reach that page instead of trapping.

mod emit;
pub mod emscripten;

use wasm_encoder::reencode::Reencode;
use wasm_encoder::{
    CodeSection, ConstExpr, DataSection, EntityType, ExportKind, ExportSection, FunctionSection,
    ImportSection, MemorySection, MemoryType, Module, TypeSection, ValType,
};
use wasmparser::{Payload, TypeRef};

use emit::{Ctx, Em, Scratch};

/// WASI's module name.
const WASI: &str = "wasi_snapshot_preview1";

/// How `--wasi` makes the command.
#[derive(Clone, Copy, Default)]
pub struct CommandOptions<'a> {
    /// The export `_start` calls (`None`: `_main` for an Emscripten program,
    /// else `main` or the module's only export).
    pub entry: Option<&'a str>,
    /// The heap's length, the one the module was translated with.
    pub heap_size: u32,
    /// Print the entry's result (as `print` writes it) and exit with 0,
    /// instead of exiting with it.
    pub print_result: bool,
    /// The glue's layout, for an Emscripten program.
    pub emscripten: Option<&'a emscripten::Layout>,
}

/// An import of the translated module, and what stands for it.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Glue {
    /// `foreign.print` or `foreign.log` of ints and doubles.
    Print,
    /// `foreign.printString(p)`.
    PrintString,
    /// `foreign.abort` of ints and doubles.
    Abort,
    /// One of `Math`'s ten functions, from libm.js: by its export's name.
    Math(&'static str),
    /// Emscripten's `abort(what)`, `_abort()`, `_llvm_trap()`.
    EmAbort,
    /// `enlargeMemory()`, `abortOnCannotGrowMemory()`: the heap is fixed.
    GrowAbort,
    /// `getTotalMemory()`.
    TotalMemory,
    /// `___setErrNo(value)`.
    SetErrNo,
    /// Nothing to do, 0 when its result is used: `___lock`, `___unlock`,
    /// `___syscall54` (ioctl: stdout is a terminal, so line-buffered).
    Zero,
    /// `___syscall6` (close): `-EBADF`, there being no files.
    Close,
    /// `___syscall140` (llseek): `-ESPIPE` for descriptors 0 to 2 (a
    /// terminal), `-EBADF` for others.
    Seek,
    /// `___syscall146` (writev) to stdout and stderr.
    Writev,
    /// `_emscripten_memcpy_big(dest, src, num)`.
    MemcpyBig,
    /// `_exit(status)`, `__exit(status)`.
    Exit,
    /// `___cxa_atexit(f, arg, dso)`, `_atexit(f)`.
    AtExit,
    /// `invoke_SIG(index, ...)`: the export `dynCall_SIG`, by new function
    /// index, and whether its result is dropped.
    Invoke(u32, bool),
}

/// `Math`'s functions that wasm has no instruction for, all in libm.js.
const LIBM: [&str; 10] =
    ["sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "log", "pow"];

/// What the rewriting needs of the translated module.
struct Parts<'a> {
    types: Vec<wasmparser::FuncType>,
    /// Each function import: its name and type.
    func_imports: Vec<(wasmparser::Import<'a>, u32)>,
    /// Each global import: its name and type.
    global_imports: Vec<(wasmparser::Import<'a>, wasmparser::GlobalType)>,
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
/// `opts.heap_size` bytes), as a WASI command. An error says what stands in
/// the way, naming it.
pub fn command(wasm: &[u8], opts: &CommandOptions<'_>) -> Result<Vec<u8>, String> {
    let parts = parts(wasm)?;
    let glue = classify(&parts, opts.emscripten)?;
    let entry = pick_entry(&parts, opts)?;
    build(&parts, &glue, entry, opts)
}

impl Parts<'_> {
    /// The type of function `f`, imported or defined.
    fn type_of(&self, f: u32) -> &wasmparser::FuncType {
        let f = f as usize;
        let t = match self.func_imports.get(f) {
            Some(&(_, t)) => t,
            None => self.funcs[f - self.func_imports.len()],
        };
        &self.types[t as usize]
    }

    /// The function an export names.
    fn export(&self, name: &str) -> Option<u32> {
        self.exports
            .iter()
            .find(|e| e.kind == wasmparser::ExternalKind::Func && e.name == name)
            .map(|e| e.index)
    }
}

fn parts(wasm: &[u8]) -> Result<Parts<'_>, String> {
    let bad = |e: wasmparser::BinaryReaderError| format!("the translated module: {e}");
    let mut p = Parts {
        types: Vec::new(),
        func_imports: Vec::new(),
        global_imports: Vec::new(),
        funcs: Vec::new(),
        memory: None,
        exports: Vec::new(),
        tables: None,
        globals: None,
        elements: None,
        start: None,
        bodies: Vec::new(),
    };
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.map_err(bad)? {
            Payload::TypeSection(s) => p.types = func_types(s).map_err(bad)?,
            Payload::ImportSection(s) => {
                for import in s.into_imports() {
                    let import = import.map_err(bad)?;
                    match import.ty {
                        TypeRef::Func(t) => p.func_imports.push((import, t)),
                        TypeRef::Global(g) => p.global_imports.push((import, g)),
                        _ => {
                            return Err(format!(
                                "it imports `{}.{}`, which a WASI command has no way to give \
                                 (translate it without --import-memory)",
                                import.module, import.name
                            ));
                        }
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

/// The glue of each function import, or the list of what `--wasi` does not
/// implement, each named.
fn classify(p: &Parts<'_>, em: Option<&emscripten::Layout>) -> Result<Vec<Glue>, String> {
    let mut refused = Vec::new();
    let mut glue = Vec::new();
    for (import, t) in &p.func_imports {
        let ty = &p.types[*t as usize];
        // An Emscripten program's `abort` is its runtime's.
        let found =
            em.and_then(|_| emscripten_glue(p, import.name, ty)).or_else(|| host_glue(import, ty));
        match found {
            Some(g) => glue.push(g),
            None => refused.push(describe(&format!("{}.{}", import.module, import.name), ty)),
        }
    }
    for (import, _) in &p.global_imports {
        if em.and_then(|l| l.value(import.name)).is_none() {
            refused.push(format!("the value `{}.{}`", import.module, import.name));
        }
    }
    if !refused.is_empty() {
        let implemented = if em.is_some() {
            "the Emscripten runtime functions of docs/wasi.md and the values its glue sets"
        } else {
            "foreign.print, foreign.log and foreign.abort of ints and doubles, \
             foreign.printString, Math"
        };
        let hint = if em.is_none() && p.global_imports.iter().any(|(i, _)| i.name == "STACKTOP") {
            "; it looks like an Emscripten program, but its glue (`STATICTOP = STATIC_BASE + N` \
             and what follows) is not in the file"
        } else {
            ""
        };
        return Err(format!(
            "a WASI command gives the module only what --wasi implements ({implemented}), and \
             it imports {} (docs/wasi.md){hint}",
            refused.join(", ")
        ));
    }
    Ok(glue)
}

/// The glue of a host-interface import or of `Math`, if `--wasi` has it.
fn host_glue(import: &wasmparser::Import<'_>, ty: &wasmparser::FuncType) -> Option<Glue> {
    use wasmparser::ValType::{F64, I32};
    let n = ty.params().len();
    if import.module == "Math" {
        let name = LIBM.iter().find(|&&f| f == import.name)?;
        let arity = if matches!(*name, "atan2" | "pow") { 2 } else { 1 };
        let doubles = ty.params().iter().all(|&t| t == F64) && ty.results() == [F64];
        return (doubles && n == arity).then_some(Glue::Math(name));
    }
    let numbers = ty.params().iter().all(|&t| t == I32 || t == F64);
    if !matches!(ty.results(), [] | [I32]) || import.module != "foreign" {
        return None;
    }
    match import.name {
        "print" | "log" if numbers => Some(Glue::Print),
        "printString" if ty.params() == [I32] => Some(Glue::PrintString),
        "abort" if numbers => Some(Glue::Abort),
        _ => None,
    }
}

/// The glue of an Emscripten runtime import, if `--wasi` has it.
fn emscripten_glue(p: &Parts<'_>, name: &str, ty: &wasmparser::FuncType) -> Option<Glue> {
    use wasmparser::ValType::{F64, I32};
    let (params, results) = (ty.params(), ty.results());
    let ints = params.iter().all(|&t| t == I32);
    let int_result = matches!(results, [] | [I32]);
    let g = match name {
        "abort" | "_abort" | "_llvm_trap"
            if params.len() <= 1 && params.iter().all(|&t| t == I32 || t == F64) =>
        {
            Glue::EmAbort
        }
        "enlargeMemory" | "abortOnCannotGrowMemory" if params.is_empty() => Glue::GrowAbort,
        "getTotalMemory" if params.is_empty() && results == [I32] => Glue::TotalMemory,
        "___setErrNo" if params == [I32] && int_result => Glue::SetErrNo,
        "___lock" | "___unlock" | "___syscall54" if ints => Glue::Zero,
        "___syscall6" if params == [I32, I32] => Glue::Close,
        "___syscall140" if params == [I32, I32] => Glue::Seek,
        "___syscall146" if params == [I32, I32] && int_result => Glue::Writev,
        "_emscripten_memcpy_big" if params == [I32, I32, I32] && int_result => Glue::MemcpyBig,
        "_exit" | "__exit" if params == [I32] && results.is_empty() => Glue::Exit,
        "___cxa_atexit" if ints && params.len() >= 2 && p.export("dynCall_vi").is_some() => {
            Glue::AtExit
        }
        "_atexit" if params == [I32] && p.export("dynCall_v").is_some() => Glue::AtExit,
        "_llvm_pow_f64" if params == [F64, F64] && results == [F64] => Glue::Math("pow"),
        _ => {
            let sig = name.strip_prefix("invoke_")?;
            let f = p.export(&format!("dynCall_{sig}"))?;
            let target = p.type_of(f);
            let fits =
                target.params() == params && (target.results() == results || results.is_empty());
            return fits.then_some(Glue::Invoke(f, target.results().len() > results.len()));
        }
    };
    if !int_result && !matches!(g, Glue::Math(_)) {
        return None;
    }
    Some(g)
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
fn pick_entry(p: &Parts<'_>, opts: &CommandOptions<'_>) -> Result<u32, String> {
    let funcs: Vec<&wasmparser::Export<'_>> =
        p.exports.iter().filter(|e| e.kind == wasmparser::ExternalKind::Func).collect();
    let names = || funcs.iter().map(|e| format!("`{}`", e.name)).collect::<Vec<_>>().join(", ");
    let default = if opts.emscripten.is_some() { "_main" } else { "main" };
    let found = match opts.entry {
        Some(name) => funcs.iter().find(|e| e.name == name).ok_or_else(|| {
            format!("the module exports no function `{name}`; it exports {}", names())
        })?,
        None => match funcs.iter().find(|e| e.name == default) {
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
    let ty = p.type_of(found.index);
    if ty.params().iter().any(|&t| t != wasmparser::ValType::I32) {
        return Err(format!(
            "the entry `{}` takes a double; a WASI command's arguments are ints",
            found.name
        ));
    }
    if opts.emscripten.is_some() && ty.params().len() > 3 {
        return Err(format!(
            "the entry `{}` takes {} arguments; a C `main` takes at most 3",
            found.name,
            ty.params().len()
        ));
    }
    let int_result = matches!(ty.results(), [] | [wasmparser::ValType::I32]);
    let printed = opts.print_result && ty.results() == [wasmparser::ValType::F64];
    if !(int_result || printed) {
        return Err(format!(
            "the entry `{}` returns a double; a WASI command's entry returns an int (its exit \
             status) or nothing (print the double with --print-result)",
            found.name
        ));
    }
    Ok(found.index)
}

/// Indices of a module's functions, types and globals in the new one.
struct Remap {
    funcs: Vec<u32>,
    /// Where its types start.
    types: u32,
    /// Where its globals start; its imported global (a runtime module's
    /// `foreign.scratch`) goes there too, its uses being rewritten.
    globals: u32,
    imported_globals: u32,
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
        Ok(self.globals + global.saturating_sub(self.imported_globals))
    }
}

/// A module of ours in asm.js (libm.js, dtoa.js), translated with trapping
/// checks: it reads and writes only its scratch bytes, in the page past
/// the heap (with exact checks it would compare them with its own heap's
/// length). Its one import is the value `foreign.scratch`, which `--wasi`
/// makes a constant.
fn runtime_wasm(name: &str, text: &str) -> Result<Vec<u8>, String> {
    let report = crate::check_source(name, text.to_string());
    let opts = asm2wasm_codegen::Options {
        heap_checks: asm2wasm_codegen::HeapChecks::Trap,
        heap_size: 65536,
        ..asm2wasm_codegen::Options::default()
    };
    report.translate(0, &opts).map_err(|e| format!("{name}: {e}"))
}

/// What the linking needs of a runtime module's wasm.
struct RtParts<'a> {
    types: Vec<wasmparser::FuncType>,
    funcs: Vec<u32>,
    globals: Vec<wasmparser::Global<'a>>,
    exports: Vec<(&'a str, u32)>,
    bodies: Vec<wasmparser::FunctionBody<'a>>,
}

fn rt_parts<'a>(name: &str, wasm: &'a [u8]) -> Result<RtParts<'a>, String> {
    let bad = |e: wasmparser::BinaryReaderError| format!("{name}'s wasm: {e}");
    let mut l = RtParts {
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
                        return Err(format!("{name} imports {}.{}", import.module, import.name));
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
                return Err(format!("{name} has a function table"));
            }
            _ => {}
        }
    }
    Ok(l)
}

/// A runtime module, placed in the new module's index spaces.
struct Linked<'a> {
    name: &'static str,
    parts: RtParts<'a>,
    remap: Remap,
}

impl Linked<'_> {
    /// The new index of its export `name`.
    fn export(&self, name: &str) -> Result<u32, String> {
        let &(_, f) = self
            .parts
            .exports
            .iter()
            .find(|e| e.0 == name)
            .ok_or_else(|| format!("{} exports no `{name}`", self.name))?;
        Ok(self.remap.funcs[f as usize])
    }
}

/// WASI's imports, first in the new index space.
const FD_WRITE: u32 = 0;
const PROC_EXIT: u32 = 1;
const ARGS_SIZES_GET: u32 = 2;
const ARGS_GET: u32 = 3;
const IMPORTS: u32 = 4;

/// Does the command write a double anywhere?
fn prints_doubles(p: &Parts<'_>, glue: &[Glue], entry: u32, opts: &CommandOptions<'_>) -> bool {
    let f64 = wasmparser::ValType::F64;
    glue.iter().zip(&p.func_imports).any(|(g, (_, t))| {
        matches!(g, Glue::Print | Glue::Abort | Glue::EmAbort)
            && p.types[*t as usize].params().contains(&f64)
    }) || (opts.print_result && p.type_of(entry).results() == [f64])
}

fn build(
    p: &Parts<'_>,
    glue: &[Glue],
    entry: u32,
    opts: &CommandOptions<'_>,
) -> Result<Vec<u8>, String> {
    let scratch = Scratch(opts.heap_size);
    let err = |e: ReencodeError| e.to_string();
    let defined = p.funcs.len() as u32;
    let module_globals = p.global_imports.len() as u32
        + p.globals.as_ref().map_or(0, wasmparser::SectionLimited::count);

    // The runtime modules: translated, then placed after the module.
    let mut sources: Vec<(&'static str, &'static str)> = Vec::new();
    if glue.iter().any(|g| matches!(g, Glue::Math(_))) {
        sources.push(("libm.js", include_str!("libm.js")));
    }
    if prints_doubles(p, glue, entry, opts) {
        sources.push(("dtoa.js", include_str!("dtoa.js")));
    }
    let wasms = sources
        .iter()
        .map(|(name, text)| runtime_wasm(name, text))
        .collect::<Result<Vec<_>, _>>()?;
    let mut linked = Vec::new();
    let (mut next_func, mut next_type, mut next_global) =
        (IMPORTS + defined, p.types.len() as u32, module_globals);
    for ((name, _), wasm) in sources.iter().zip(&wasms) {
        let parts = rt_parts(name, wasm)?;
        let remap = Remap {
            funcs: (0..parts.funcs.len() as u32).map(|f| next_func + f).collect(),
            types: next_type,
            globals: next_global,
            imported_globals: 1,
        };
        next_func += parts.funcs.len() as u32;
        next_type += parts.types.len() as u32;
        next_global += parts.globals.len() as u32;
        linked.push(Linked { name, parts, remap });
    }
    let find = |name: &str| linked.iter().find(|l| l.name == name);
    let dtoa = find("dtoa.js").map(|l| l.export("dtoa")).transpose()?;
    let helper_base = next_func;
    let glue_base = helper_base + emit::HELPERS.len() as u32;
    // The imports that get a function of their own: all but `Math`'s.
    let own: Vec<usize> = (0..glue.len()).filter(|&i| !matches!(glue[i], Glue::Math(_))).collect();
    let start = glue_base + own.len() as u32;

    // Old imports go to their glue or to libm's function, old functions
    // after WASI's imports.
    let mut next_glue = glue_base;
    let mut funcs = Vec::new();
    for g in glue {
        funcs.push(match g {
            Glue::Math(name) => find("libm.js").unwrap().export(name)?,
            _ => {
                next_glue += 1;
                next_glue - 1
            }
        });
    }
    funcs.extend((0..defined).map(|f| IMPORTS + f));
    let mut remap = Remap { funcs, types: 0, globals: 0, imported_globals: 0 };
    let new_index = |f: Option<u32>| f.map(|f| remap.funcs[f as usize]);

    let em = opts.emscripten.map(|layout| {
        let ctors = layout
            .ctors
            .iter()
            .map(|c| {
                p.export(c).map(|f| remap.funcs[f as usize]).ok_or_else(|| {
                    format!("the glue's __ATINIT__ calls `{c}`, which the module does not export")
                })
            })
            .collect::<Result<Vec<_>, String>>();
        ctors.map(|ctors| Em {
            fflush: p
                .export("_fflush")
                .filter(|&f| p.type_of(f).params() == [wasmparser::ValType::I32])
                .map(|f| (remap.funcs[f as usize], !p.type_of(f).results().is_empty())),
            errno: new_index(p.export("___errno_location")),
            malloc: new_index(p.export("_malloc")).or(new_index(p.export("stackAlloc"))),
            dyncall_v: new_index(p.export("dynCall_v")),
            dyncall_vi: new_index(p.export("dynCall_vi")),
            post_sets: new_index(p.export("runPostSets")),
            ctors,
            grow_message: layout.grow_message.clone().unwrap_or_else(|| {
                format!("Cannot enlarge memory arrays (TOTAL_MEMORY {})", opts.heap_size)
            }),
        })
    });
    let em = em.transpose()?;
    if let Some(em) = &em
        && em.malloc.is_none()
        && !p.type_of(entry).params().is_empty()
    {
        return Err("the program's `main` takes arguments, and the module exports neither \
                    `_malloc` nor `stackAlloc` to put them in its memory"
            .into());
    }
    let mut ctx = Ctx {
        scratch,
        helpers: helper_base,
        dtoa,
        total_memory: opts.heap_size as i32,
        em,
        strings: Vec::new(),
    };

    // Types: the module's, the runtime modules', then one per new signature.
    let mut types = TypeSection::new();
    for t in &p.types {
        types.ty().func_type(&remap.func_type(t.clone()).map_err(err)?);
    }
    for l in &mut linked {
        for t in &l.parts.types {
            types.ty().func_type(&l.remap.func_type(t.clone()).map_err(err)?);
        }
    }
    let mut new_types: Vec<(Vec<ValType>, Vec<ValType>)> = Vec::new();
    let mut ty = |params: Vec<ValType>, results: Vec<ValType>| -> u32 {
        let key = (params, results);
        let k = new_types.iter().position(|t| *t == key).unwrap_or_else(|| {
            new_types.push(key);
            new_types.len() - 1
        });
        next_type + k as u32
    };
    use ValType::I32;
    let fd_write_ty = ty(vec![I32, I32, I32, I32], vec![I32]);
    let proc_exit_ty = ty(vec![I32], vec![]);
    let args_ty = ty(vec![I32, I32], vec![I32]);
    let helper_tys: Vec<u32> = emit::HELPERS
        .iter()
        .map(|&h| {
            let (params, results) = h.signature();
            ty(params, results)
        })
        .collect();
    let glue_tys: Vec<u32> = own
        .iter()
        .map(|&i| {
            let t = p.type_of(i as u32);
            let val = |v: &wasmparser::ValType| match v {
                wasmparser::ValType::F64 => ValType::F64,
                wasmparser::ValType::F32 => ValType::F32,
                wasmparser::ValType::I64 => ValType::I64,
                _ => ValType::I32,
            };
            ty(t.params().iter().map(val).collect(), t.results().iter().map(val).collect())
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
    for l in &linked {
        for &t in &l.parts.funcs {
            functions.function(l.remap.types + t);
        }
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
    for l in &mut linked {
        for body in &l.parts.bodies {
            l.remap.parse_function_body(&mut code, body.clone()).map_err(err)?;
        }
    }
    for h in emit::HELPERS {
        code.function(&ctx.helper(h));
    }
    for &i in &own {
        let g = match glue[i] {
            Glue::Invoke(f, drops) => Glue::Invoke(remap.funcs[f as usize], drops),
            g => g,
        };
        code.function(&ctx.glue_body(g, p.type_of(i as u32)));
    }
    let entry_ty = p.type_of(entry);
    let entry_new = remap.funcs[entry as usize];
    let start_body = if ctx.em.is_some() {
        ctx.start_emscripten(entry_new, entry_ty)
    } else {
        ctx.start(entry_new, entry_ty, opts.print_result)
    };
    code.function(&start_body);

    let mut module = Module::new();
    module.section(&types).section(&imports).section(&functions);
    if let Some(t) = &p.tables {
        let mut s = wasm_encoder::TableSection::new();
        remap.parse_table_section(&mut s, t.clone()).map_err(err)?;
        module.section(&s);
    }
    module.section(&memories);
    let globals = globals(p, &mut remap, &mut linked, opts.emscripten, scratch)?;
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
    module.section(&data(opts, &ctx)?);
    let bytes = module.finish();
    wasmparser::validate(&bytes)
        .map_err(|e| format!("internal error: the command does not validate ({e})"))?;
    Ok(bytes)
}

/// The globals: the module's imported values as constants (an Emscripten
/// program's), its own, then the runtime modules', whose `foreign.scratch`
/// is a constant.
fn globals(
    p: &Parts<'_>,
    remap: &mut Remap,
    linked: &mut [Linked<'_>],
    em: Option<&emscripten::Layout>,
    scratch: Scratch,
) -> Result<wasm_encoder::GlobalSection, String> {
    let err = |e: ReencodeError| e.to_string();
    let mut globals = wasm_encoder::GlobalSection::new();
    let mut values = Vec::new();
    for (import, g) in &p.global_imports {
        let v = em.and_then(|l| l.value(import.name)).expect("classified");
        let init = match g.content_type {
            wasmparser::ValType::F64 => ConstExpr::f64_const(f64::from(v).into()),
            _ => ConstExpr::i32_const(v),
        };
        values.push(init.clone());
        globals.global(remap.global_type(*g).map_err(err)?, &init);
    }
    // A constant expression may read only imported globals (wasm 1.0): a
    // read of an import that became a constant is that constant.
    let constant = |g: &wasmparser::Global<'_>, imported: &[ConstExpr]| {
        let mut ops = g.init_expr.get_operators_reader();
        match ops.read() {
            Ok(wasmparser::Operator::GlobalGet { global_index }) => {
                imported.get(global_index as usize).cloned()
            }
            _ => None,
        }
    };
    if let Some(section) = &p.globals {
        for g in section.clone() {
            let g = g.map_err(|e| e.to_string())?;
            let init = match constant(&g, &values) {
                Some(c) => c,
                None => remap.const_expr(g.init_expr).map_err(err)?,
            };
            globals.global(remap.global_type(g.ty).map_err(err)?, &init);
        }
    }
    for l in linked {
        let scratch_value = [ConstExpr::i32_const(scratch.runtime())];
        for g in &l.parts.globals {
            let init = match constant(g, &scratch_value) {
                Some(c) => c,
                None => l.remap.const_expr(g.init_expr.clone()).map_err(err)?,
            };
            globals.global(l.remap.global_type(g.ty).map_err(err)?, &init);
        }
    }
    Ok(globals)
}

/// The data: an Emscripten program's static data, and the glue's strings in
/// the scratch page.
fn data(opts: &CommandOptions<'_>, ctx: &Ctx) -> Result<DataSection, String> {
    let mut data = DataSection::new();
    for (at, bytes) in opts.emscripten.map_or(&[][..], |l| &l.data[..]) {
        if u64::from(*at) + bytes.len() as u64 > u64::from(opts.heap_size) {
            return Err(format!(
                "the glue's static data at {at} ({} bytes) is past the heap's {} bytes: give \
                 the program's TOTAL_MEMORY with --heap-size",
                bytes.len(),
                opts.heap_size
            ));
        }
        data.active(0, &ConstExpr::i32_const(*at as i32), bytes.iter().copied());
    }
    if !ctx.strings.is_empty() {
        data.active(0, &ConstExpr::i32_const(ctx.scratch.strings()), ctx.strings.iter().copied());
    }
    Ok(data)
}
