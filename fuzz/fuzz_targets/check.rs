//! `cargo fuzz run check`: any bytes through the whole front end and validator.
//! Not one input may panic. Seed it with `testsuite/validate/`:
//! `cargo fuzz run check ../testsuite/validate`. Its sibling `translate` goes
//! on to translate every valid input (`cargo fuzz run translate
//! ../testsuite/validate`); `tests/mutate.rs` is the deterministic twin of both.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let text = text.to_string();
        // As the CLI does: deep nesting needs the big stack.
        asm2wasm::with_big_stack(move || {
            let report = asm2wasm::check_source("fuzz.js", text);
            let src = report.source();
            for d in &report.diagnostics {
                let _ = src.render(d);
                let _ = src.render_json(d);
            }
        });
    }
});
