//! The wasm side: the translation, run in the embedded wasmtime
//! (`asm2wasm-run`) on the calls the engine made, with the foreign object of
//! the JS harnesses (`asm2wasm_run::Recorder`).

use asm2wasm_run::{Instance, Limits, Program, Recorder, Trap};

use super::{CallRun, Outcome, Run, call_name, fnv1a};

/// A translated module, compiled once, instantiated afresh for each run.
pub struct Wasm {
    program: Program,
    heap_size: u32,
}

/// The one place that makes an instance: the run crate's API in one line.
fn instantiate(program: &Program) -> Result<Instance, String> {
    program.instantiate(Box::new(Recorder::default())).map_err(|e| format!("{e:#}"))
}

impl Wasm {
    /// Compile `bytes` for wasmtime, to run with a heap of `heap_size`
    /// bytes: the memory the runner makes for a translation that imports
    /// one, or the translation's own (then translated with that length).
    pub fn compile(bytes: &[u8], heap_size: u32) -> Result<Wasm, String> {
        let mut program =
            Program::compile(bytes, Limits::default()).map_err(|e| format!("{e:#}"))?;
        program.set_heap_length(heap_size);
        Ok(Wasm { program, heap_size })
    }

    /// The names the module imports from `foreign` as values, not functions.
    pub fn foreign_values(&self) -> Vec<String> {
        self.program.foreign_imports().into_iter().filter(|i| !i.function).map(|i| i.name).collect()
    }

    /// Make `calls` (their text and the arguments JS evaluated) on a fresh
    /// instance: each call's result or trap, its foreign calls, and the
    /// heap afterwards. A trap ends its call, not the run.
    pub fn run<'a>(
        &self,
        calls: impl IntoIterator<Item = (&'a str, &'a [f64])>,
    ) -> Result<Run, String> {
        let mut instance = instantiate(&self.program)
            .map_err(|e| format!("cannot instantiate the translation: {e}"))?;
        let mut runs = Vec::new();
        for (call, args) in calls {
            let name = call_name(call).ok_or_else(|| format!("not a call: `{call}`"))?;
            let outcome = match instance.call(name, args) {
                Ok(v) => Outcome::Value(v),
                Err(e) => Outcome::Trapped(match e.downcast_ref::<Trap>() {
                    Some(trap) => {
                        let m = trap.to_string();
                        m.strip_prefix("wasm trap: ").unwrap_or(&m).to_string()
                    }
                    None => e.root_cause().to_string(),
                }),
            };
            runs.push(CallRun {
                call: call.to_string(),
                args: args.to_vec(),
                outcome,
                trace: instance.trace(),
            });
        }
        let memory = instance.memory().ok_or("the translation has no memory")?;
        let heap = memory
            .get(..self.heap_size as usize)
            .ok_or_else(|| {
                format!(
                    "the translation's memory is smaller than the heap ({} bytes)",
                    self.heap_size
                )
            })?
            .to_vec();
        Ok(Run {
            side: "wasm".into(),
            validation: None,
            calls: runs,
            heap_hash: fnv1a(&heap),
            heap: Some(heap),
        })
    }
}
