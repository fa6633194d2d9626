//! `docs/diagnostics.md` is true: every code has a section, and the example
//! of each section produces that code as its first error (or warning, for W codes).

mod common;

#[test]
fn every_documented_example_produces_its_code() {
    let doc = std::fs::read_to_string(common::root().join("docs/diagnostics.md")).unwrap();
    let mut checked = 0;
    let mut failures = Vec::new();
    for section in doc.split("\n## ").skip(1) {
        let code = section.lines().next().unwrap().trim();
        if !(code.starts_with('E') || code.starts_with('W')) || code.len() != 5 {
            continue;
        }
        let Some(start) = section.find("```js\n") else { continue };
        let rest = &section[start + 6..];
        let example = rest[..rest.find("```").unwrap()].to_string();
        // An example that starts `// --strict` is checked as `check --strict` does.
        let strict = example.starts_with("// --strict");
        let options = asm2wasm::check::Options { strict, jobs: asm2wasm::Jobs::available() };
        let report = asm2wasm::with_big_stack(move || {
            asm2wasm::check_source_opts("example.js", example, options)
        });
        let first = report.diagnostics.iter().find(|d| d.is_error() == code.starts_with('E'));
        if first.map(|d| d.code) != Some(code) {
            let src = report.source();
            let all: Vec<String> = report.diagnostics.iter().map(|d| src.render(d)).collect();
            failures.push(format!("{code}: the example gives\n{}", all.join("\n")));
        }
        checked += 1;
    }
    assert!(checked >= 35, "only {checked} examples");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Every code the crates can emit is documented.
#[test]
fn every_code_in_the_source_is_documented() {
    let doc = std::fs::read_to_string(common::root().join("docs/diagnostics.md")).unwrap();
    let mut missing = Vec::new();
    for dir in ["crates/asm2wasm-syntax/src", "crates/asm2wasm-check/src", "crates/asm2wasm/src"] {
        for entry in std::fs::read_dir(common::root().join(dir)).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for (i, _) in text.match_indices("(\"") {
                let code = &text[i + 2..];
                let code: String = code.chars().take(5).collect();
                let is_code = code.len() == 5
                    && (code.starts_with('E') || code.starts_with('W'))
                    && code[1..].chars().all(|c| c.is_ascii_digit());
                if is_code && !doc.contains(&format!("\n## {code}\n")) && !missing.contains(&code) {
                    missing.push(code);
                }
            }
        }
    }
    assert!(missing.is_empty(), "undocumented codes: {missing:?}");
}
