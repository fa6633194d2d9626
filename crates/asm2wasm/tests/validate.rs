//! The validator cases of `testsuite/validate/`: our verdict, the place of
//! the first error, a snapshot of every diagnostic, and V8's second opinion.

mod common;

use common::{cases, v8_verdicts, Case};

fn check(case: &Case) -> asm2wasm::FileReport {
    let (name, text) = (case.name.clone(), case.text.clone());
    asm2wasm::with_big_stack(move || asm2wasm::check_source(&name, text))
}

fn rendered(report: &asm2wasm::FileReport) -> String {
    let src = report.source();
    report.diagnostics.iter().map(|d| src.render(d)).collect::<Vec<_>>().join("\n")
}

#[test]
fn validate_cases() {
    let cases = cases("validate");
    assert!(cases.len() >= 300, "only {} validate cases", cases.len());
    let mut failures = Vec::new();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(common::root().join("testsuite/validate/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let _guard = settings.bind_to_scope();
    for case in &cases {
        let report = check(case);
        let first_error = report.diagnostics.iter().find(|d| d.is_error());
        match (case.accept, first_error) {
            (true, None) => {
                if report.modules.iter().any(|m| m.typed.is_none()) {
                    failures.push(format!("{}: accepted without a typed module", case.name));
                }
            }
            (true, Some(_)) => failures.push(format!("{}: expected accept, got:\n{}", case.name, rendered(&report))),
            (false, None) => failures.push(format!("{}: expected reject, but it validates", case.name)),
            (false, Some(d)) => {
                let line = report.lines.line_col(&report.text, d.span.lo).line;
                if case.error_line.is_some_and(|l| l != line) {
                    failures.push(format!("{}: first error on line {line}, expected line {}:\n{}", case.name, case.error_line.unwrap(), rendered(&report)));
                } else if case.error_code.as_deref().is_some_and(|c| c != d.code) {
                    failures.push(format!("{}: first error is {}, expected {}", case.name, d.code, case.error_code.as_deref().unwrap()));
                } else {
                    let stem = case.name.trim_start_matches("validate/").trim_end_matches(".js").to_string();
                    insta::assert_snapshot!(stem, rendered(&report));
                }
            }
        }
        if !case.accept && case.error_line.is_none() {
            failures.push(format!("{}: a reject case must mark its line with `// error`", case.name));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n\n{}", failures.len(), cases.len(), failures.join("\n\n"));
}

/// V8 (`%IsAsmWasmCode`) agrees with every verdict, except where a case
/// records that V8 deviates from the spec (`// v8: ...`).
#[test]
fn v8_agrees() {
    let cases = cases("validate");
    let judged: Vec<&Case> = cases.iter().filter(|c| c.v8.as_deref() != Some("n/a")).collect();
    let paths: Vec<&std::path::Path> = judged.iter().map(|c| c.path.as_path()).collect();
    let verdicts = v8_verdicts(&paths);
    let mut failures = Vec::new();
    let mut deviations = 0;
    for (case, (v8, message)) in judged.iter().zip(&verdicts) {
        let ours = if case.accept { "accept" } else { "reject" };
        let expected = case.v8.as_deref().unwrap_or(ours);
        if case.v8.is_some() {
            deviations += 1;
        }
        if v8 != expected {
            failures.push(format!("{}: V8 says {v8} ({message}), the case expects {expected}", case.name));
        }
    }
    eprintln!("V8 agrees on {} of {} cases; {deviations} recorded deviations", judged.len() - deviations, judged.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
