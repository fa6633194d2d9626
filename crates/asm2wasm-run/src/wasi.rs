//! Running a WASI preview1 command (`_start` exported, nothing imported but
//! `wasi_snapshot_preview1`) in a sandbox: `wasmtime-wasi`'s preview1 with
//! nothing granted but what [`WasiOptions`] names, bounded by the same
//! [`Limits`] as any run (`docs/wasi.md`, "Running a WASI command").

use anyhow::anyhow;
use wasmtime::{ExternType, Linker};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::{FsPerms, I32Exit, WasiCtxBuilder};

use crate::{Limits, Program};

/// The import module of WASI preview1.
pub const PREVIEW1: &str = "wasi_snapshot_preview1";

/// What a WASI command is given; [`WasiOptions::default`] gives nothing: no
/// arguments, no environment, no directories, an empty stdin. Its stdout
/// and stderr are always the process's.
#[derive(Clone, Debug, Default)]
pub struct WasiOptions {
    /// `argv`, the program's name first.
    pub args: Vec<String>,
    /// The environment, `(name, value)` in order.
    pub env: Vec<(String, String)>,
    /// Directories the command may use: `(host path, guest path)`, each
    /// read-write, nothing outside it reachable (wasmtime's `cap-std`).
    pub dirs: Vec<(std::path::PathBuf, String)>,
}

/// Why a WASI command did not run to its end.
#[derive(Debug)]
pub enum CommandError {
    /// A directory of [`WasiOptions::dirs`] cannot be opened: nothing ran.
    Dir(std::path::PathBuf, anyhow::Error),
    /// The module cannot be linked or instantiated (a memory past
    /// [`Limits::max_memory`], an import preview1 lacks): nothing ran.
    Instantiate(anyhow::Error),
    /// The command stopped: a trap, fuel or time run out (a [`crate::Trap`]
    /// of `OutOfFuel` or `Interrupt` in the error's chain).
    Stopped(anyhow::Error),
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CommandError::Dir(path, e) => {
                write!(f, "cannot open the directory `{}`: {e:#}", path.display())
            }
            CommandError::Instantiate(e) => write!(f, "{e:#}"),
            CommandError::Stopped(e) => write!(f, "{}", e.root_cause()),
        }
    }
}

impl std::error::Error for CommandError {}

struct Host {
    wasi: WasiP1Ctx,
    limits: wasmtime::StoreLimits,
}

/// Compile `wasm` for `limits` and run it as a WASI command: its exit
/// status (`proc_exit(n)`'s `n`, 0 when `_start` returns).
pub fn run_command(
    wasm: &[u8],
    options: &WasiOptions,
    limits: &Limits,
) -> Result<i32, CommandError> {
    let program = Program::compile(wasm, *limits).map_err(CommandError::Instantiate)?;
    program.run_command(options)
}

impl Program {
    /// Whether the module is a WASI command: it exports a function `_start`
    /// and imports only from `wasi_snapshot_preview1` (and something).
    pub fn is_wasi_command(&self) -> bool {
        let start = self
            .module
            .exports()
            .any(|e| e.name() == "_start" && matches!(e.ty(), ExternType::Func(_)));
        let mut imports = self.module.imports().peekable();
        let any = imports.peek().is_some();
        start && any && imports.all(|i| i.module() == PREVIEW1)
    }

    /// Run the compiled module as a WASI command (see [`run_command`]).
    pub fn run_command(&self, options: &WasiOptions) -> Result<i32, CommandError> {
        let mut wasi = WasiCtxBuilder::new();
        // Nothing inherited: stdin stays closed (reads see its end), no
        // network (preview1's sockets are only the fds it is given, and
        // none is; the address check denies everything anyway).
        wasi.inherit_stdout()
            .inherit_stderr()
            .args(&options.args)
            .allow_tcp(false)
            .allow_udp(false)
            .allow_ip_name_lookup(false);
        for (k, v) in &options.env {
            wasi.env(k, v);
        }
        for (host, guest) in &options.dirs {
            wasi.preopened_dir(host, guest, FsPerms::ReadWrite)
                .map_err(|e| CommandError::Dir(host.clone(), e.into()))?;
        }
        // A failed `memory.grow` returns -1 (a WASI allocator copes), unlike
        // asm.js's never-growing heap.
        let wasi = wasi.build_p1();
        let mut store = self
            .limited_store(false, |limits| Host { wasi, limits }, |host| &mut host.limits)
            .map_err(CommandError::Instantiate)?;
        let instantiate = |e: wasmtime::Error| CommandError::Instantiate(e.into());
        let mut linker: Linker<Host> = Linker::new(&self.engine);
        wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |h: &mut Host| &mut h.wasi)
            .map_err(instantiate)?;
        let instance = linker
            .instantiate(&mut store, &self.module)
            .map_err(|e| CommandError::Instantiate(anyhow!("instantiate the command: {e}")))?;
        let start = instance
            .get_typed_func::<(), ()>(&mut store, "_start")
            .map_err(|e| CommandError::Instantiate(anyhow!("`_start`: {e}")))?;
        match start.call(&mut store, ()) {
            Ok(()) => Ok(0),
            Err(e) => match e.downcast_ref::<I32Exit>() {
                Some(I32Exit(status)) => Ok(*status),
                None => Err(CommandError::Stopped(e.into())),
            },
        }
    }
}
