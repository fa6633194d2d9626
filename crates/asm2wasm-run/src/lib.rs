//! Running asm2wasm output: a wasmtime embedding that provides the module's
//! imports the way a JS host would (foreign functions and values, `Math`) and
//! calls its exports with JS numbers, converting exactly as JS does.
//!
//! In: wasm bytes from `asm2wasm-codegen` (the ABI of `docs/abi.md`) and a
//! [`Foreign`] implementation. Out: JS-number results, the heap, and the
//! foreign calls' trace. It refuses modules whose imports fall outside the ABI.
//!
//! ```no_run
//! # fn main() -> anyhow::Result<()> {
//! # let wasm: Vec<u8> = unimplemented!();
//! let mut inst = asm2wasm_run::Instance::new(&wasm, Box::new(asm2wasm_run::Recorder::default()))?;
//! let sum = inst.call("add", &[1.0, 2.0])?;
//! assert_eq!(sum, Some(3.0));
//! # Ok(()) }
//! ```

/// How a call trapped: `Trap::OutOfFuel` and `Trap::Interrupt` are [`Limits`] ending it.
/// The error of a run or of a step towards it (`anyhow`'s): a [`Trap`]
/// in its chain when the module stopped.
pub use anyhow::Error;
use anyhow::{Result, anyhow, bail};
pub use wasmtime::Trap;
use wasmtime::{
    Config, Engine, ExternType, Global, GlobalType, Inlining, Memory, MemoryType, Module,
    Mutability, Store, Val, ValType,
};

/// The host side of an asm.js module's `foreign` object.
pub trait Foreign: Send {
    /// `foreign.name(args...)`, arguments and result as JS numbers.
    fn call(&mut self, name: &str, args: &[f64]) -> f64;
    /// The value of `foreign.name` (read once, at instantiation).
    fn value(&mut self, name: &str) -> f64;
    /// The calls recorded since the last time this was asked, if it records.
    fn take_trace(&mut self) -> Vec<String> {
        Vec::new()
    }
    /// `foreign.name(args...)` with the heap at hand (to read a string from
    /// it); an `Err` stops the run, as a JS exception would. By default,
    /// [`Foreign::call`].
    fn call_with_heap(&mut self, name: &str, args: &[f64], heap: &[u8]) -> Result<f64, String> {
        let _ = heap;
        Ok(self.call(name, args))
    }
}

/// The foreign object of the tests: every function records its call and
/// returns its first argument (or 0); every value is 3.75.
#[derive(Default, Debug)]
pub struct Recorder {
    /// `name(arg, ...)` for every call, in order, with args printed as JS would.
    pub trace: Vec<String>,
}

/// A number as JS's `String(n)` prints it (ECMAScript's `Number::toString`,
/// by the `ryu-js` crate), but for `-0`, printed `-0` so that the sign
/// survives (JS prints `0`).
pub fn js_number(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() {
        "-0".into()
    } else {
        ryu_js::Buffer::new().format(n).to_string()
    }
}

impl Foreign for Recorder {
    fn call(&mut self, name: &str, args: &[f64]) -> f64 {
        let list: Vec<String> = args.iter().map(|&a| js_number(a)).collect();
        self.trace.push(format!("{name}({})", list.join(",")));
        args.first().copied().unwrap_or(0.0)
    }
    fn value(&mut self, _name: &str) -> f64 {
        3.75
    }
    fn take_trace(&mut self) -> Vec<String> {
        std::mem::take(&mut self.trace)
    }
}

struct Host {
    foreign: Box<dyn Foreign>,
    limits: wasmtime::StoreLimits,
    /// The heap: the memory the host made for a module that imports one,
    /// or the module's own exported memory (set once instantiated), and
    /// the heap's length in it.
    memory: Option<(Memory, usize)>,
}

/// Bounds on a run (`asm2wasm run --fuel --timeout --max-memory`): a
/// runaway loop or a module too big ends with an error, never a hang.
#[derive(Clone, Copy, Debug, Default)]
pub struct Limits {
    /// Units of wasmtime fuel (about one per wasm instruction) the calls may
    /// burn in all; past them a call traps with `Trap::OutOfFuel`.
    pub fuel: Option<u64>,
    /// Wall-clock time from instantiation; past it a call traps with
    /// `Trap::Interrupt` (wasmtime's epoch interruption).
    pub timeout: Option<std::time::Duration>,
    /// The most bytes of linear memory the module may have; a module whose
    /// memory is bigger is refused at instantiation.
    pub max_memory: Option<usize>,
}

/// The global through which a module that imports its memory is told a
/// heap length below one page (`asm2wasm_codegen::HEAP_LENGTH`).
const HEAP_LENGTH: &str = "asm2wasm:heap_length";

/// JS `ToInt32`.
pub fn to_int32(x: f64) -> i32 {
    if !x.is_finite() {
        return 0;
    }
    let t = x.trunc();
    let m = t - (t / 4294967296.0).floor() * 4294967296.0;
    m as u32 as i32
}

mod math;
pub use math::math;
mod wasi;
pub use wasi::{CommandError, PREVIEW1, WasiOptions, run_command};

fn from_js(t: &ValType, x: f64) -> Val {
    match t {
        ValType::I32 => Val::I32(to_int32(x)),
        ValType::F32 => Val::F32((x as f32).to_bits()),
        _ => Val::F64(x.to_bits()),
    }
}

fn to_js(v: &Val) -> f64 {
    match v {
        Val::I32(i) => f64::from(*i),
        Val::F32(b) => f64::from(f32::from_bits(*b)),
        Val::F64(b) => f64::from_bits(*b),
        _ => f64::NAN,
    }
}

/// The asm.js functions active when a call failed, innermost first (from
/// the wasm name section, which keeps the asm.js names), each with how many
/// times it repeats in a row (a recursion that exhausted the stack) and the
/// module offset of the innermost of those frames' instruction.
pub fn backtrace(e: &anyhow::Error) -> Vec<Frame> {
    let Some(bt) = e.downcast_ref::<wasmtime::WasmBacktrace>() else { return Vec::new() };
    let mut out: Vec<Frame> = Vec::new();
    for frame in bt.frames() {
        let name = frame
            .func_name()
            .map_or_else(|| format!("function {}", frame.func_index()), str::to_string);
        match out.last_mut() {
            Some(last) if last.function == name => {
                last.times += 1;
                // A frame that ran out of stack in its prologue has no
                // offset; the calls below it do.
                last.offset = last.offset.or(frame.module_offset());
            }
            _ => out.push(Frame { function: name, times: 1, offset: frame.module_offset() }),
        }
    }
    out
}

/// One entry of a [`backtrace`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    /// The function's name (its asm.js name).
    pub function: String,
    /// How many frames of it in a row.
    pub times: usize,
    /// The byte offset in the module of the instruction the innermost of
    /// them was at: the trapping one, or a call.
    pub offset: Option<usize>,
}

/// One import from `foreign`: a function (of one call signature) or a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ForeignImport {
    /// The name after `foreign.`.
    pub name: String,
    /// A function (else a value).
    pub function: bool,
    /// Its wasm type: `(i32, f64) -> f64`, `global f64`.
    pub signature: String,
}

impl std::fmt::Display for ForeignImport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "foreign.{}: {}", self.name, self.signature)
    }
}

/// The functions of [`Console`], the host interface of `asm2wasm run`
/// (`docs/host-interface.md`).
pub const CONSOLE_FUNCTIONS: &[&str] = &["print", "printString", "abort"];

/// The host interface of `asm2wasm run` (`docs/host-interface.md`):
/// `foreign.print(x, ...)` prints its arguments as `console.log` prints
/// numbers, `foreign.printString(p)` the NUL-terminated UTF-8 text at heap
/// offset `p`, `foreign.abort(...)` stops the run; foreign values come from
/// `values`; with `trace`, every call is written to stderr first.
pub struct Console {
    /// The values of `foreign.name` imports (`foreign.x|0`, `+foreign.x`).
    pub values: std::collections::HashMap<String, f64>,
    /// Write each foreign call to stderr as `foreign.name(args)`.
    pub trace: bool,
    /// Where `print` and `printString` write.
    pub out: Box<dyn std::io::Write + Send>,
}

impl Foreign for Console {
    fn call(&mut self, name: &str, args: &[f64]) -> f64 {
        self.call_with_heap(name, args, &[]).unwrap_or(0.0)
    }

    fn value(&mut self, name: &str) -> f64 {
        self.values.get(name).copied().unwrap_or(f64::NAN)
    }

    fn call_with_heap(&mut self, name: &str, args: &[f64], heap: &[u8]) -> Result<f64, String> {
        let list: Vec<String> = args.iter().map(|&a| js_number(a)).collect();
        if self.trace {
            eprintln!("foreign.{name}({})", list.join(", "));
        }
        let written = match name {
            "print" => writeln!(self.out, "{}", list.join(" ")),
            "printString" => {
                let at = args.first().map_or(0, |&p| to_int32(p) as u32 as usize).min(heap.len());
                let text = &heap[at..];
                let end = text.iter().position(|&b| b == 0).unwrap_or(text.len());
                writeln!(self.out, "{}", String::from_utf8_lossy(&text[..end]))
            }
            "abort" => return Err(format!("foreign.abort({}) was called", list.join(", "))),
            _ => return Err(format!("foreign.{name} is not part of the host interface")),
        };
        written.map_err(|e| format!("foreign.{name}: cannot write: {e}"))?;
        Ok(0.0)
    }
}

/// An instantiated module.
pub struct Instance {
    store: Store<Host>,
    instance: wasmtime::Instance,
}

impl Instance {
    /// Compile and instantiate `wasm`, linking its imports to `foreign` and the host's `Math`.
    pub fn new(wasm: &[u8], foreign: Box<dyn Foreign>) -> Result<Instance> {
        Instance::with_limits(wasm, foreign, Limits::default())
    }

    /// [`Instance::new`], bounded by `limits`.
    pub fn with_limits(wasm: &[u8], foreign: Box<dyn Foreign>, limits: Limits) -> Result<Instance> {
        Program::compile(wasm, limits)?.instantiate(foreign)
    }

    // No inlining within the module, wasmtime's default, as in V8: our
    // codegen emits small functions in place of their calls itself
    // (`asm2wasm_codegen::Options::inline`), so the module runs as fast
    // in engines that do not inline. Cranelift's inliner (size its only
    // rule) would also move whole sorts into their drivers, whose
    // registers then spill. The branch hints put each bounds check's
    // out-of-bounds arm out of line.
}

/// A module compiled for wasmtime, not yet instantiated: what it imports
/// can be asked before anything runs (`asm2wasm run` refuses a module whose
/// imports its host lacks), and the compiled code is then instantiated
/// without compiling again.
pub struct Program {
    engine: Engine,
    module: Module,
    limits: Limits,
    heap_length: u32,
}

impl Program {
    /// Compile `wasm`, instrumented for `limits`; a module whose memory is
    /// bigger than `limits.max_memory` is refused here.
    pub fn compile(wasm: &[u8], limits: Limits) -> Result<Program> {
        let mut config = Config::new();
        config.compiler_inlining(Inlining::No);
        config.wasm_branch_hinting(true);
        // A trap's backtrace names every active asm.js function (wasmtime
        // keeps 20 frames by default; walking frame pointers is cheap, and
        // happens only on a trap).
        config.wasm_backtrace_max_frames(std::num::NonZeroUsize::new(1 << 20));
        // Fuel and epochs cost instrumentation: only when asked for.
        config.consume_fuel(limits.fuel.is_some());
        config.epoch_interruption(limits.timeout.is_some());
        let engine = Engine::new(&config).map_err(|e| anyhow!("configure wasmtime: {e}"))?;
        let module = Module::new(&engine, wasm).map_err(|e| anyhow!("compile the module: {e}"))?;
        if let Some(max) = limits.max_memory {
            // asm.js memory never grows: its size is known before anything runs.
            for export in module.exports() {
                if let ExternType::Memory(m) = export.ty() {
                    let bytes = m.minimum().saturating_mul(65536);
                    if bytes > max as u64 {
                        bail!("the module's memory is {bytes} bytes, more than the limit of {max}");
                    }
                }
            }
        }
        Ok(Program { engine, module, limits, heap_length: 16 << 20 })
    }

    /// The heap length, in bytes, of the memory the host makes for a module
    /// that imports one (an asm.js-legal length; 16 MiB unless set): a
    /// memory of as many pages as it takes, and for a heap below one page,
    /// the module is told the length. A module that defines its memory has
    /// its own length.
    pub fn set_heap_length(&mut self, bytes: u32) {
        self.heap_length = bytes;
    }

    /// The module's imports from `foreign`, in import order: what a host
    /// must provide.
    pub fn foreign_imports(&self) -> Vec<ForeignImport> {
        let ty = |t: &ValType| match t {
            ValType::I32 => "i32",
            ValType::F32 => "f32",
            _ => "f64",
        };
        self.module
            .imports()
            .filter(|i| i.module() == "foreign")
            .map(|i| {
                let (function, signature) = match i.ty() {
                    ExternType::Func(ft) => {
                        let params: Vec<&str> = ft.params().map(|t| ty(&t)).collect();
                        let result = ft.results().next().map_or("void", |t| ty(&t));
                        (true, format!("({}) -> {result}", params.join(", ")))
                    }
                    ExternType::Global(gt) => (false, format!("global {}", ty(gt.content()))),
                    other => (false, format!("{other:?}")),
                };
                ForeignImport { name: i.name().to_string(), function, signature }
            })
            .collect()
    }

    /// A store for one run of the compiled module, holding `data` (made
    /// around the memory cap of [`Limits::max_memory`], which `limits_of`
    /// finds again), with the fuel and the time of its [`Limits`] set. A
    /// `memory.grow` past the cap traps if `trap_on_grow_failure`, else
    /// gives -1.
    pub(crate) fn limited_store<T: 'static>(
        &self,
        trap_on_grow_failure: bool,
        data: impl FnOnce(wasmtime::StoreLimits) -> T,
        limits_of: fn(&mut T) -> &mut wasmtime::StoreLimits,
    ) -> Result<Store<T>> {
        let mut store_limits =
            wasmtime::StoreLimitsBuilder::new().trap_on_grow_failure(trap_on_grow_failure);
        if let Some(bytes) = self.limits.max_memory {
            store_limits = store_limits.memory_size(bytes);
        }
        let mut store = Store::new(&self.engine, data(store_limits.build()));
        store.limiter(move |data| limits_of(data));
        if let Some(fuel) = self.limits.fuel {
            store.set_fuel(fuel).map_err(|e| anyhow!("set the fuel: {e}"))?;
        }
        if let Some(timeout) = self.limits.timeout {
            store.set_epoch_deadline(1);
            let engine = self.engine.clone();
            // Detached: it ends the run's calls, or outlives them harmlessly.
            std::thread::spawn(move || {
                std::thread::sleep(timeout);
                engine.increment_epoch();
            });
        }
        Ok(store)
    }

    /// Instantiate the compiled module, linking its imports to `foreign`
    /// and the host's `Math`.
    pub fn instantiate(&self, foreign: Box<dyn Foreign>) -> Result<Instance> {
        let (module, limits) = (&self.module, self.limits);
        // The heap never grows: a `memory.grow` past the cap traps.
        let mut store = self.limited_store(
            true,
            |limits| Host { foreign, limits, memory: None },
            |host| &mut host.limits,
        )?;
        // The heap, when the module imports it: the length's pages, and the
        // length itself told after instantiation when it is below a page.
        let len = self.heap_length;
        let imports_memory = module.imports().any(|i| matches!(i.ty(), ExternType::Memory(_)));
        if imports_memory {
            if let Some(max) = limits.max_memory
                && len as usize > max
            {
                bail!("the heap is {len} bytes, more than the limit of {max}");
            }
            let pages = u64::from(len).div_ceil(65536).max(1);
            let ty = MemoryType::new(pages as u32, Some(pages as u32));
            let memory = Memory::new(&mut store, ty)
                .map_err(|e| anyhow!("make a memory of {pages} pages for the heap: {e}"))?;
            store.data_mut().memory = Some((memory, len as usize));
        }
        // Imports are given in order (not through a `Linker`): the ABI may
        // import one foreign name several times with different types.
        let mut externs: Vec<wasmtime::Extern> = Vec::new();
        for import in module.imports() {
            let (m, name) = (import.module().to_string(), import.name().to_string());
            match (m.as_str(), import.ty()) {
                ("foreign", ExternType::Func(ft)) => {
                    let results: Vec<ValType> = ft.results().collect();
                    let n = name.clone();
                    let f = wasmtime::Func::new(
                        &mut store,
                        ft.clone(),
                        move |mut caller, params, out| {
                            let args: Vec<f64> = params.iter().map(to_js).collect();
                            let (heap, host) = match caller.data().memory {
                                Some((m, len)) => {
                                    let (heap, host) = m.data_and_store_mut(&mut caller);
                                    (&heap[..len], host)
                                }
                                None => (&[][..], caller.data_mut()),
                            };
                            let r = host
                                .foreign
                                .call_with_heap(&n, &args, heap)
                                .map_err(wasmtime::Error::msg)?;
                            if let Some(t) = results.first() {
                                out[0] = from_js(t, r);
                            }
                            Ok(())
                        },
                    );
                    externs.push(f.into());
                }
                ("Math", ExternType::Func(ft)) => {
                    let n = name.clone();
                    math(&n, &vec![0.0; ft.params().len()])
                        .ok_or_else(|| anyhow!("unknown Math import `{n}`"))?;
                    let f = wasmtime::Func::new(&mut store, ft.clone(), move |_, params, out| {
                        let args: Vec<f64> = params.iter().map(to_js).collect();
                        out[0] = Val::F64(math(&n, &args).unwrap().to_bits());
                        Ok(())
                    });
                    externs.push(f.into());
                }
                ("foreign", ExternType::Global(gt)) => {
                    let v = store.data_mut().foreign.value(&name);
                    let val = from_js(gt.content(), v);
                    let g = Global::new(
                        &mut store,
                        GlobalType::new(gt.content().clone(), Mutability::Const),
                        val,
                    )
                    .map_err(|e| anyhow!("foreign value `{name}`: {e}"))?;
                    externs.push(g.into());
                }
                ("env", ExternType::Memory(_)) if name == "memory" => {
                    externs.push(store.data().memory.expect("made above").0.into());
                }
                (m, t) => {
                    bail!("import ({m:?}, {name:?}) of type {t:?} is outside the asm2wasm ABI")
                }
            }
        }
        let instance = wasmtime::Instance::new(&mut store, module, &externs)
            .map_err(|e| anyhow!("instantiate the module: {e}"))?;
        // A module that defines its memory exports it, under whatever name
        // (`memory`, or `asm2wasm:memory` when an asm.js export took that
        // one: `docs/abi.md`): the heap is all of it.
        let exported = instance.exports(&mut store).find_map(wasmtime::Export::into_memory);
        if let (false, Some(m)) = (imports_memory, exported) {
            let bytes = m.data_size(&store);
            store.data_mut().memory = Some((m, bytes));
        }
        if imports_memory && !len.is_multiple_of(65536) {
            let global = instance.get_global(&mut store, HEAP_LENGTH).ok_or_else(|| {
                anyhow!("the module imports its memory but exports no `{HEAP_LENGTH}`")
            })?;
            global.set(&mut store, Val::I32(len as i32))?;
        }
        Ok(Instance { store, instance })
    }
}

impl Instance {
    /// Call export `name` with JS numbers (converted as the asm.js parameter
    /// annotations do); the result as a JS number, `None` for void.
    pub fn call(&mut self, name: &str, args: &[f64]) -> Result<Option<f64>> {
        let func = self
            .instance
            .get_func(&mut self.store, name)
            .ok_or_else(|| anyhow!("no export `{name}`"))?;
        let ty = func.ty(&self.store);
        let params: Vec<Val> = ty
            .params()
            .enumerate()
            .map(|(i, t)| from_js(&t, args.get(i).copied().unwrap_or(f64::NAN)))
            .collect();
        let mut results = vec![Val::I32(0); ty.results().len()];
        func.call(&mut self.store, &params, &mut results)?;
        Ok(results.first().map(to_js))
    }

    /// The heap: the memory the host made for a module that imports one
    /// (the heap's length of it), else the module's one exported memory,
    /// whatever its export name (`memory`, or `asm2wasm:memory` when an
    /// asm.js export took that name; `docs/abi.md`).
    pub fn memory(&mut self) -> Option<&mut [u8]> {
        let (mem, len) = self.store.data().memory?;
        Some(&mut mem.data_mut(&mut self.store)[..len])
    }

    /// The names of the exported functions, in export order.
    pub fn exports(&mut self) -> Vec<String> {
        let names: Vec<String> =
            self.instance.exports(&mut self.store).map(|e| e.name().to_string()).collect();
        names.into_iter().filter(|n| self.instance.get_func(&mut self.store, n).is_some()).collect()
    }

    /// The foreign calls recorded since the last call of this.
    pub fn trace(&mut self) -> Vec<String> {
        self.store.data_mut().foreign.take_trace()
    }
}

#[cfg(test)]
mod tests {
    use super::js_number;

    /// `String(n)` as Node 20 prints these (`node -e 'console.log(String(x))'`).
    #[test]
    fn numbers_print_as_js_prints_them() {
        for (n, js) in [
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (1e-7, "1e-7"),
            (0.000001, "0.000001"),
            (123e-20, "1.23e-18"),
            (5e-324, "5e-324"),
            (0.1 + 0.2, "0.30000000000000004"),
            (-1.5, "-1.5"),
            (9007199254740992.0, "9007199254740992"),
            (f64::MAX, "1.7976931348623157e+308"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-Infinity"),
            (0.0, "0"),
        ] {
            assert_eq!(js_number(n), js, "{n:e}");
        }
        // Ours keeps the sign of zero, which String(-0) does not.
        assert_eq!(js_number(-0.0), "-0");
    }
}
