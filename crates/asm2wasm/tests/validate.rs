//! The validator cases of `testsuite/validate/`: our verdict (and under
//! `--strict`), the place of the first error, a snapshot of every
//! diagnostic, and the verdicts of both engines, V8 and SpiderMonkey.
//! One test per case (libtest-mimic), named `validate/<case>`:
//! `scripts/test NAME` (or `cargo test -p asm2wasm --test validate NAME`)
//! runs the cases whose name holds NAME.

mod common;

use common::{Case, cases, v8_verdicts};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::Path;

fn check(case: &Case, strict: bool) -> asm2wasm::FileReport {
    let (name, text) = (case.name.clone(), case.text.clone());
    let options = asm2wasm::check::Options { strict, jobs: asm2wasm::Jobs::available() };
    asm2wasm::with_big_stack(move || asm2wasm::check_source_opts(&name, text, options))
}

/// What the case records of an engine: its own line, or our verdict.
fn engine_verdict(case: &Case, recorded: Option<&str>) -> String {
    recorded.unwrap_or(if case.accept { "accept" } else { "reject" }).to_string()
}

/// The contract of `docs/semantics.md`: where both engines agree, so do we;
/// where we accept what one engine refuses, a warning names that engine
/// (`W0101` V8, `W0102` SpiderMonkey), and only then.
fn engines_contract(case: &Case, report: &asm2wasm::FileReport) -> Result<(), String> {
    let v8 = engine_verdict(case, case.v8.as_deref());
    let sm = engine_verdict(case, case.spidermonkey.as_deref());
    let ours = if case.accept { "accept" } else { "reject" };
    if v8 == sm && v8 != "n/a" && v8 != ours {
        return Err(format!("{}: both engines {v8} it, the case expects {ours}", case.name));
    }
    if !case.accept {
        return Ok(());
    }
    for (engine, verdict, code) in [("V8", &v8, "W0101"), ("SpiderMonkey", &sm, "W0102")] {
        let warned = report.diagnostics.iter().any(|d| d.code == code);
        if verdict == "reject" && !warned {
            return Err(format!("{}: {engine} refuses it, but there is no {code}", case.name));
        }
        if verdict != "reject" && warned {
            return Err(format!(
                "{}: {code} says {engine} refuses it; the case says {verdict}",
                case.name
            ));
        }
    }
    Ok(())
}

fn rendered(report: &asm2wasm::FileReport) -> String {
    let src = report.source();
    report.diagnostics.iter().map(|d| src.render(d)).collect::<Vec<_>>().join("\n")
}

/// One case: our verdict, the line and code of the first error, and a
/// snapshot of every diagnostic of a reject case.
fn validate_case(path: &Path) -> Result<(), Failed> {
    let case = common::parse_case("validate", path)?;
    let strict = check(&case, true);
    if strict.is_valid() != case.strict.unwrap_or(case.accept) {
        return Err(format!(
            "{}: under --strict expected {}, got:\n{}",
            case.name,
            if case.strict.unwrap_or(case.accept) { "accept" } else { "reject" },
            rendered(&strict)
        )
        .into());
    }
    let report = check(&case, false);
    engines_contract(&case, &report)?;
    let first_error = report.diagnostics.iter().find(|d| d.is_error());
    match (case.accept, first_error) {
        (true, None) => {
            if report.modules.iter().any(|m| m.typed.is_none()) {
                return Err(format!("{}: accepted without a typed module", case.name).into());
            }
            if !report.diagnostics.is_empty() {
                snapshot(&case, path, &report);
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
            if case.error_code.as_deref().is_some_and(|c| c != d.code.as_str()) {
                return Err(format!(
                    "{}: first error is {}, expected {}",
                    case.name,
                    d.code,
                    case.error_code.as_deref().unwrap()
                )
                .into());
            }
            snapshot(&case, path, &report);
        }
    }
    Ok(())
}

/// A snapshot of every diagnostic of the case (errors and warnings).
fn snapshot(case: &Case, path: &Path, report: &asm2wasm::FileReport) {
    let stem = case.name.trim_start_matches("validate/").trim_end_matches(".js").to_string();
    common::snapshot_settings(path.parent().unwrap())
        .bind(|| insta::assert_snapshot!(stem, rendered(report)));
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
    trials.push(Trial::test("validate::spidermonkey_agrees", || {
        spidermonkey_agrees();
        Ok(())
    }));
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
/// records that V8 deviates (`// v8: ...`).
fn v8_agrees() {
    engine_agrees("V8", |c| c.v8.as_deref(), v8_verdicts);
}

/// SpiderMonkey 58 (`js -w -c`) agrees with every verdict, except where a
/// case records that it deviates (`// spidermonkey: ...`).
fn spidermonkey_agrees() {
    engine_agrees("SpiderMonkey", |c| c.spidermonkey.as_deref(), common::spidermonkey_verdicts);
}

/// `engine`'s verdict on every case it can judge is what the case records
/// (`recorded`), or ours where it records nothing.
fn engine_agrees(
    engine: &str,
    recorded: fn(&Case) -> Option<&str>,
    verdicts: fn(&[&std::path::Path]) -> Vec<(String, String)>,
) {
    let cases = cases("validate");
    let judged: Vec<&Case> = cases.iter().filter(|c| recorded(c) != Some("n/a")).collect();
    let paths: Vec<&std::path::Path> = judged.iter().map(|c| c.path.as_path()).collect();
    let mut failures = Vec::new();
    let mut deviations = 0;
    for (case, (says, message)) in judged.iter().zip(verdicts(&paths)) {
        let expected = engine_verdict(case, recorded(case));
        deviations += usize::from(recorded(case).is_some());
        if says != expected {
            failures.push(format!(
                "{}: {engine} says {says} ({message}), the case expects {expected}",
                case.name
            ));
        }
    }
    eprintln!(
        "{engine} agrees on {} of {} cases; {deviations} recorded deviations",
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
    doc += "## Where the spec, V8, SpiderMonkey and we differ\n\n\
        `ours` is the default verdict, `spec` the verdict under `--strict` (the spec's letter). \
        The engines' verdicts are checked by `v8_agrees` and `spidermonkey_agrees`; where both \
        engines agree, so do we; where we accept what one refuses, a `W0101` (V8) or `W0102` \
        (SpiderMonkey) warning says so.\n\n\
        | case | spec | ours | V8 | SpiderMonkey | why |\n|---|---|---|---|---|---|\n";
    let verdict = |b: bool| if b { "accept" } else { "reject" };
    for c in
        cases.iter().filter(|c| c.v8.is_some() || c.spidermonkey.is_some() || c.strict.is_some())
    {
        let ours = verdict(c.accept);
        let why: Vec<&str> = [c.v8_reason.as_str(), c.spidermonkey_reason.as_str()]
            .into_iter()
            .filter(|r| !r.is_empty())
            .collect();
        let why = if why.is_empty() { c.title.clone() } else { why.join("; ") };
        let _ = writeln!(
            doc,
            "| `{}` | {} | {ours} | {} | {} | {} |",
            c.name,
            verdict(c.strict.unwrap_or(c.accept)),
            c.v8.as_deref().unwrap_or(ours),
            c.spidermonkey.as_deref().unwrap_or(ours),
            why.replace('|', "\\|")
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
