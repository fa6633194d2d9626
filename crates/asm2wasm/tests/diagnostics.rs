//! Diagnostics on minified code: a module of 1 MB on one line, as Emscripten
//! writes it, with one type error in the middle. The report shows a window of
//! the line around the error (`docs/diagnostics.md`), the JSON the exact place.

use std::process::Command;

/// The offending source text: `int + double` (E0140).
const BAD: &str = "x + 1.5";

/// A valid one-line module of about `size` bytes whose middle function holds
/// [`BAD`], after a comment in two-byte characters (so that columns, which
/// count characters, are not byte offsets).
fn minified(size: usize) -> String {
    let mut text = String::from("function M(stdlib, foreign, heap) { \"use asm\"; ");
    let mut i = 0;
    while text.len() < size {
        if i == 10_000 {
            text.push_str(&format!("/* {} */ ", "é".repeat(100)));
            text.push_str(&format!("function bad(x) {{ x = x|0; return {BAD}; }} "));
        }
        text.push_str(&format!("function f{i}(x) {{ x = x|0; return (x + {i})|0; }} "));
        i += 1;
    }
    text.push_str("return { f0: f0 }; }\n");
    text
}

/// A mark line's padding (in columns after the gutter and the three under
/// the `...`) and its marks and label.
fn under(line: &str) -> Option<(usize, &str)> {
    let marks = line.strip_prefix("  |    ")?;
    Some((marks.len() - marks.trim_start().len(), marks.trim_start()))
}

fn check(path: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_asm2wasm")).arg("check").args(args).arg(path).output().unwrap()
}

#[test]
fn an_error_deep_in_a_one_megabyte_line() {
    let text = minified(1 << 20);
    assert!(text.len() >= 1 << 20 && text.lines().count() == 1);
    let dir = std::env::temp_dir().join("asm2wasm-diagnostics");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("minified.js").display().to_string();
    std::fs::write(&path, &text).unwrap();

    // Where the error is: a byte offset, and the 1-based column in characters.
    let offset = text.find(BAD).unwrap();
    assert!(offset > text.len() / 3 && offset < 2 * text.len() / 3);
    let col = text[..offset].chars().count() + 1;
    assert!(col < offset + 1, "the comment's characters are two bytes each");

    let out = check(&path, &[]);
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8(out.stderr).unwrap();
    assert!(report.len() < 4096, "{} bytes:\n{report}", report.len());
    assert!(report.starts_with("error[E0140]: "), "{report}");
    assert!(report.contains(&format!("--> {path}:1:{col}\n")), "{report}");
    assert!(report.contains("= help: "), "{report}");
    assert!(report.lines().all(|l| l.chars().count() < 200), "{report}");

    // The window: cut on both sides, the offending text inside, the marks under it.
    let lines: Vec<&str> = report.lines().collect();
    let source = lines.iter().position(|l| l.starts_with("1 | ")).expect(&report);
    let shown = lines[source].strip_prefix("1 | ...").expect(&report);
    let shown = shown.strip_suffix("...").expect(&report);
    assert!(shown.chars().count() <= asm2wasm_syntax::MAX_COLUMNS, "{report}");
    assert!(shown.contains('é'), "the window starts within the comment: {report}");
    let at = shown[..shown.find(BAD).expect(&report)].chars().count();
    let (pad, marks) = under(lines[source + 1]).expect(&report);
    assert_eq!(pad, at, "{report}");
    assert!(marks.starts_with("^^^^^^^ operands of mismatched types"), "{report}");
    let (pad, marks) = under(lines[source + 2]).expect(&report);
    assert_eq!((pad, marks), (at, "- this is `int`"), "{report}");
    let (pad, marks) = under(lines[source + 3]).expect(&report);
    assert_eq!((pad, marks), (at + 4, "--- this is `double`"), "{report}");

    // The JSON is never cut: the exact place, in lines and characters.
    let out = check(&path, &["--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let json = String::from_utf8(out.stdout).unwrap();
    assert_eq!(json.lines().count(), 1, "{json}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let pos = |line: u64, column: usize| serde_json::json!({ "line": line, "column": column });
    assert_eq!(v["code"], "E0140");
    assert_eq!(v["file"], path.as_str());
    assert_eq!((v["line"].as_u64(), v["column"].as_u64()), (Some(1), Some(col as u64)));
    assert_eq!(v["end"], pos(1, col + BAD.len()));
    assert_eq!(v["label"], "operands of mismatched types");
    let labels = v["labels"].as_array().unwrap();
    assert_eq!(labels.len(), 2);
    for (label, (from, to, message)) in
        labels.iter().zip([(0, 1, "this is `int`"), (4, 7, "this is `double`")])
    {
        assert_eq!((&label["line"], &label["column"]), (&1.into(), &(col + from).into()));
        assert_eq!(label["end"], pos(1, col + to));
        assert_eq!(label["message"], message);
    }
    // Those columns are characters: back to bytes, they name the offending text.
    let byte = |column: usize| text.char_indices().nth(column - 1).unwrap().0;
    assert_eq!(&text[byte(col)..byte(col + BAD.len())], BAD);
    assert_eq!(byte(col), offset);
}
