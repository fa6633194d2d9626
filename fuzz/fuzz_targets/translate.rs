//! `cargo fuzz run translate`: any UTF-8 input through the front end and the
//! validator and, when it validates, every module through the translator in
//! each of `asm2wasm::fuzz::configurations()` (exact and trapping heap
//! checks), each output checked again with `wasmparser::validate`. A panic, a
//! valid module that does not translate, or an output that is not valid wasm
//! is a crash. Seed it with `testsuite/validate/` (and `testsuite/run/`, whose
//! cases are all valid): `cargo fuzz run translate ../testsuite/validate`.
//! `tests/mutate.rs` is its deterministic twin, on stable; both do their work
//! in `asm2wasm::fuzz::translate_all`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let text = text.to_string();
        // As the CLI does: deep nesting needs the big stack.
        asm2wasm::with_big_stack(move || {
            let out = match asm2wasm::fuzz::translate_all(text) {
                Ok(out) => out,
                Err(e) => panic!("{e}"),
            };
            for t in &out.translations {
                if let Err(e) = wasmparser::validate(&t.wasm) {
                    panic!(
                        "module {} ({}), {} configuration: wasmparser rejects the output: {e}",
                        t.module, out.report.modules[t.module].name, t.config
                    );
                }
            }
        });
    }
});
