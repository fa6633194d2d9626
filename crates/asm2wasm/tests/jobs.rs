//! Spreading a module's functions over threads changes nothing but the
//! time: on every testsuite case, every example and a generated module of
//! some 400 functions, the report (modules, typed functions, diagnostics in
//! their order, symbols in their order) and the wasm bytes are the same on
//! one thread as on several, with chunks from one function each to many.

mod common;

#[path = "../benches/gen/mod.rs"]
mod generator;

use asm2wasm::codegen::Options;
use asm2wasm::{FileReport, Jobs};

/// Everything a report holds, as text: two reports are the same when these are.
fn summary(r: &FileReport) -> String {
    let names: Vec<&str> =
        (0..r.names.len()).map(|i| r.names.get(asm2wasm::syntax::Sym(i as u32))).collect();
    format!("{:#?}\n{:#?}\n{names:?}", r.modules, r.diagnostics)
}

/// The wasm of every valid module of `r`, translated with `jobs`.
fn outputs(r: &FileReport, jobs: Jobs) -> Vec<Vec<u8>> {
    let opts = Options { jobs, ..Options::default() };
    (0..r.modules.len())
        .filter(|&i| r.modules[i].typed.is_some())
        .map(|i| r.translate(i, &opts).unwrap_or_else(|e| panic!("module {i}: {e}")))
        .collect()
}

fn same_everywhere(name: &str, text: &str) {
    let serial = asm2wasm::check_source_with(name, text.to_string(), Jobs::SEQUENTIAL);
    let (expected, expected_wasm) = (summary(&serial), outputs(&serial, Jobs::SEQUENTIAL));
    for jobs in [
        Jobs { threads: 2, chunk_bytes: 1 },
        Jobs { threads: 3, chunk_bytes: 1 },
        Jobs { threads: 2, chunk_bytes: 2000 },
    ] {
        let report = asm2wasm::check_source_with(name, text.to_string(), jobs);
        assert!(summary(&report) == expected, "{name}: the report differs with {jobs:?}");
        assert!(outputs(&report, jobs) == expected_wasm, "{name}: the wasm differs with {jobs:?}");
        assert!(outputs(&serial, jobs) == expected_wasm, "{name}: the wasm differs with {jobs:?}");
    }
}

#[test]
fn threads_change_nothing() {
    asm2wasm::with_big_stack(|| {
        let mut files = common::js_files("testsuite/validate");
        files.extend(common::js_files("testsuite/run"));
        files.extend(common::js_files("examples"));
        assert!(files.len() > 500);
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            same_everywhere(&path.display().to_string(), &text);
        }
        let text = generator::generate(400_000);
        let report = asm2wasm::check_source_with("generated.js", text.clone(), Jobs::SEQUENTIAL);
        assert!(report.is_valid());
        let functions = report.modules[0].typed.as_ref().unwrap().functions.len();
        assert!(functions > 100, "{functions} functions");
        same_everywhere("generated.js", &text);
    });
}
