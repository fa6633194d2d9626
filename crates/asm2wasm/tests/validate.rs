//! The validator cases of `testsuite/validate/`: our verdict, the place of
//! the first error, a snapshot of every diagnostic, and V8's second opinion.
//! One test per case (libtest-mimic), named `validate/<case>`:
//! `scripts/test NAME` (or `cargo test -p asm2wasm --test validate NAME`)
//! runs the cases whose name holds NAME.

mod common;

use common::{Case, cases, v8_verdicts};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::Path;

fn check(case: &Case) -> asm2wasm::FileReport {
    let (name, text) = (case.name.clone(), case.text.clone());
    asm2wasm::with_big_stack(move || asm2wasm::check_source(&name, text))
}

fn rendered(report: &asm2wasm::FileReport) -> String {
    let src = report.source();
    report.diagnostics.iter().map(|d| src.render(d)).collect::<Vec<_>>().join("\n")
}

/// One case: our verdict, the line and code of the first error, and a
/// snapshot of every diagnostic of a reject case.
fn validate_case(path: &Path) -> Result<(), Failed> {
    let case = common::parse_case("validate", path)?;
    let report = check(&case);
    let first_error = report.diagnostics.iter().find(|d| d.is_error());
    match (case.accept, first_error) {
        (true, None) => {
            if report.modules.iter().any(|m| m.typed.is_none()) {
                return Err(format!("{}: accepted without a typed module", case.name).into());
            }
        }
        (true, Some(_)) => {
            return Err(
                format!("{}: expected accept, got:\n{}", case.name, rendered(&report)).into()
            );
        }
        (false, None) => {
            return Err(format!("{}: expected reject, but it validates", case.name).into());
        }
        (false, Some(d)) => {
            let line = report.lines().line_col(&report.text, d.span.lo).line;
            if case.error_line.is_some_and(|l| l != line) {
                return Err(format!(
                    "{}: first error on line {line}, expected line {}:\n{}",
                    case.name,
                    case.error_line.unwrap(),
                    rendered(&report)
                )
                .into());
            }
            if case.error_code.as_deref().is_some_and(|c| c != d.code) {
                return Err(format!(
                    "{}: first error is {}, expected {}",
                    case.name,
                    d.code,
                    case.error_code.as_deref().unwrap()
                )
                .into());
            }
            let stem =
                case.name.trim_start_matches("validate/").trim_end_matches(".js").to_string();
            common::snapshot_settings(path.parent().unwrap())
                .bind(|| insta::assert_snapshot!(stem, rendered(&report)));
        }
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let mut trials: Vec<Trial> = common::js_files("testsuite/validate")
        .into_iter()
        .map(|path| {
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            Trial::test(format!("validate/{stem}"), move || validate_case(&path))
        })
        .collect();
    trials.push(
        Trial::test("validate::v8_agrees", || {
            v8_agrees();
            Ok(())
        })
        .with_ignored_flag(common::node_skipped()),
    );
    trials.push(Trial::test("validate::spec_coverage_doc_is_current", || {
        spec_coverage_doc_is_current();
        Ok(())
    }));
    trials.push(Trial::test("validate::every_snapshot_has_its_case", || {
        let orphans = common::orphan_snapshots("testsuite/validate");
        if orphans.is_empty() {
            Ok(())
        } else {
            Err(format!("snapshots without a case (delete them): {orphans:?}").into())
        }
    }));
    libtest_mimic::run(&args, trials).exit();
}

/// V8 (`%IsAsmWasmCode`) agrees with every verdict, except where a case
/// records that V8 deviates from the spec (`// v8: ...`).
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
            failures.push(format!(
                "{}: V8 says {v8} ({message}), the case expects {expected}",
                case.name
            ));
        }
    }
    eprintln!(
        "V8 agrees on {} of {} cases; {deviations} recorded deviations",
        judged.len() - deviations,
        judged.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `docs/spec-coverage.md` is made from the cases' `// spec:` and `// v8:`
/// lines; this test fails when it is stale (`BLESS=1` rewrites it).
fn spec_coverage_doc_is_current() {
    use std::collections::BTreeMap;
    use std::fmt::Write;
    let cases = cases("validate");
    assert!(cases.len() >= 300, "only {} validate cases", cases.len());
    let mut by_section: BTreeMap<Vec<u32>, (String, Vec<&Case>)> = BTreeMap::new();
    for c in &cases {
        for s in &c.spec {
            let key: Vec<u32> = s.split('.').map(|p| p.parse().unwrap_or(u32::MAX)).collect();
            by_section.entry(key).or_insert_with(|| (s.clone(), Vec::new())).1.push(c);
        }
    }
    let mut doc = String::from(
        "# Spec coverage\n\nGenerated from the `// spec:` and `// v8:` lines of `testsuite/validate/` by\n\
         `tests/validate.rs` (`BLESS=1 cargo test -p asm2wasm --test validate` rewrites it).\n\
         Sections are those of asmjs.org/spec/latest (working draft of 18 August 2014).\n\n\
         | section | accept | reject | cases |\n|---|---|---|---|\n",
    );
    for (name, cs) in by_section.values() {
        let acc = cs.iter().filter(|c| c.accept).count();
        let list: Vec<String> = cs
            .iter()
            .map(|c| {
                format!("`{}`", c.name.trim_start_matches("validate/").trim_end_matches(".js"))
            })
            .collect();
        let _ = writeln!(doc, "| {name} | {acc} | {} | {} |", cs.len() - acc, list.join(" "));
    }
    let total_acc = cases.iter().filter(|c| c.accept).count();
    let _ = writeln!(
        doc,
        "\n{} cases: {total_acc} accept, {} reject.\n",
        cases.len(),
        cases.len() - total_acc
    );
    doc += "## Where V8 deviates from the spec\n\nOur verdict is the spec's; the case records V8's, and `v8_agrees` checks it.\n\n| case | spec | V8 | why |\n|---|---|---|---|\n";
    for c in cases.iter().filter(|c| c.v8.is_some()) {
        let spec = if c.accept { "accept" } else { "reject" };
        let _ = writeln!(
            doc,
            "| `{}` | {spec} | {} | {} |",
            c.name,
            c.v8.as_deref().unwrap(),
            c.v8_reason.replace('|', "\\|")
        );
    }
    let path = common::root().join("docs/spec-coverage.md");
    if common::blessing() {
        std::fs::write(&path, &doc).unwrap();
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == doc,
        "docs/spec-coverage.md is stale: run `BLESS=1 cargo test -p asm2wasm --test validate`"
    );
}
