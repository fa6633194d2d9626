//! Diagnostics: a code, a message, labelled spans and a help line; rendered
//! the same way everywhere (rustc style for people, JSON for tools).

use std::fmt::Write;

use serde::Serialize;

/// A byte range in the source file (`lo..hi`, offsets from the file start).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    /// First byte.
    pub lo: u32,
    /// One past the last byte.
    pub hi: u32,
}

impl Span {
    /// The span `lo..hi`.
    pub fn new(lo: u32, hi: u32) -> Span {
        Span { lo, hi }
    }
    /// The smallest span covering both.
    #[must_use]
    pub fn to(self, other: Span) -> Span {
        Span { lo: self.lo.min(other.lo), hi: self.hi.max(other.hi) }
    }
}

/// Declares [`Code`] with one variant per code.
macro_rules! codes {
    ($($code:ident),* $(,)?) => {
        /// A diagnostic's stable code (`E0140`, `W0101`), one variant per
        /// code, each described in `docs/diagnostics.md`: a mistyped code
        /// does not compile, and `tests/docs.rs` walks [`Code::ALL`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $(
                #[allow(missing_docs)] // described in docs/diagnostics.md
                $code,
            )*
        }

        impl Code {
            /// Every code, in order.
            pub const ALL: &'static [Code] = &[$(Code::$code),*];

            /// The code as written: `"E0140"`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$code => stringify!($code),)*
                }
            }
        }
    };
}

codes!(
    E0001, E0002, E0003, E0010, E0012, E0013, E0014, E0015, E0016, E0017, E0100, E0101, E0102,
    E0103, E0104, E0110, E0111, E0120, E0121, E0122, E0130, E0131, E0132, E0140, E0141, E0142,
    E0143, E0150, E0151, E0152, E0153, E0154, E0155, E0160, E0161, E0170, E0171, E0181, E0182,
    E0183, E0190, E0200, E0201, E0202, E0203, E0204, E0205, E0206, E0207, E0208, E0209, W0001,
    W0101, W0102,
);

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// How bad it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The input is not valid asm.js (or not JavaScript at all).
    Error,
    /// Worth knowing, changes nothing (e.g. an `"almost asm"` function skipped).
    Warning,
}

/// One finding, with everything needed to show it.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A stable code, documented in `docs/diagnostics.md` (`E0101`, `W0001`).
    pub code: Code,
    /// One sentence, lower case, no final period.
    pub message: String,
    /// Where it is.
    pub span: Span,
    /// What to say under the primary span ("this is `double`").
    pub label: String,
    /// Other places that explain it.
    pub notes: Vec<(Span, String)>,
    /// How to fix it.
    pub help: Option<String>,
}

/// The two engines that judge asm.js (the suite runs both).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Node's V8: its warning code is `W0101`.
    V8,
    /// The SpiderMonkey 58 shell (OdinMonkey): its warning code is `W0102`.
    SpiderMonkey,
}

impl Engine {
    /// Its display name.
    pub fn name(self) -> &'static str {
        match self {
            Engine::V8 => "V8",
            Engine::SpiderMonkey => "SpiderMonkey",
        }
    }
}

/// The warning for a construct we accept (so does the other engine) that
/// `engine` refuses: it runs the whole module as plain JavaScript, slower
/// but with the same results. `W0101` names V8, `W0102` SpiderMonkey.
pub fn engine_refuses(engine: Engine, span: Span, what: &str, why: &str, help: &str) -> Diagnostic {
    let code = match engine {
        Engine::V8 => Code::W0101,
        Engine::SpiderMonkey => Code::W0102,
    };
    Diagnostic::warning(
        code,
        span,
        format!("{} refuses {what}: it would run this module as plain JavaScript", engine.name()),
    )
    .label(why.to_string())
    .help(help.to_string())
}

impl Diagnostic {
    /// An error at `span`.
    pub fn error(code: Code, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            span,
            label: String::new(),
            notes: Vec::new(),
            help: None,
        }
    }
    /// A warning at `span`.
    pub fn warning(code: Code, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(code, span, message) }
    }
    /// Set the label under the primary span.
    #[must_use]
    pub fn label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = label.into();
        self
    }
    /// Add a secondary span with its label.
    #[must_use]
    pub fn note(mut self, span: Span, label: impl Into<String>) -> Diagnostic {
        self.notes.push((span, label.into()));
        self
    }
    /// Set the help line.
    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }
    /// Is it an error?
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Byte offsets to 1-based lines and columns.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<u32>,
}

/// A resolved position: 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, counted in characters.
    pub col: u32,
}

impl LineIndex {
    /// Index the line starts of `text`. A byte order mark is not part of the
    /// first line, as in an editor: it moves no column.
    pub fn new(text: &str) -> LineIndex {
        let mark = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() as u32 } else { 0 };
        let mut starts = vec![mark];
        starts.extend(
            text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i as u32 + 1),
        );
        LineIndex { starts }
    }
    /// The line and column of byte `offset` in `text`.
    pub fn line_col(&self, text: &str, offset: u32) -> LineCol {
        let offset = offset.clamp(self.starts[0], (text.len() as u32).max(self.starts[0]));
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line] as usize;
        let col =
            text.get(start..offset as usize).map_or(offset as usize - start, |s| s.chars().count());
        LineCol { line: line as u32 + 1, col: col as u32 + 1 }
    }
    /// The text of 1-based `line`, without its line break.
    pub fn line_text<'a>(&self, text: &'a str, line: u32) -> &'a str {
        let i = line as usize - 1;
        let start = self.starts[i] as usize;
        let end = self.starts.get(i + 1).map_or(text.len(), |&e| e as usize);
        text[start..end].trim_end_matches(['\n', '\r'])
    }
}

/// The most characters of one source line a rendered snippet shows. A longer
/// line (minified code: Emscripten writes a module on one line) is cut to a
/// window of this many characters around its spans, with `...` on each side
/// where it is cut; a line this long or shorter is shown whole.
pub const MAX_COLUMNS: usize = 120;

/// The characters a window shows before its first span, where the line has
/// them (more when the spans leave room: they are centred).
const CONTEXT: usize = 10;

/// A span as the renderer places it on its first line: 0-based character
/// columns `start..end` (`end` clamped to the line's end for a span that goes
/// on to later lines), its label and the character it is marked with (`^`
/// primary, `-` secondary).
struct Mark<'a> {
    start: usize,
    end: usize,
    label: &'a str,
    glyph: char,
}

/// The characters `from..to` of a line shown in one snippet.
struct Window {
    from: usize,
    to: usize,
}

/// The byte offset of character `col` of `text` (its length past the end).
fn byte_of(text: &str, col: usize) -> usize {
    text.char_indices().nth(col).map_or(text.len(), |(i, _)| i)
}

/// Cut the marks of a line of `len` characters into windows of at most
/// [`MAX_COLUMNS`] characters, each showing the start of every mark it holds
/// and as much of the marks as fits, with some context on both sides. A line
/// of at most [`MAX_COLUMNS`] characters is one window, the whole line.
fn windows(len: usize, marks: &[Mark]) -> Vec<(Window, std::ops::Range<usize>)> {
    if len <= MAX_COLUMNS {
        return vec![(Window { from: 0, to: len }, 0..marks.len())];
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < marks.len() {
        // Every mark whose start fits in a window opened at the first one's,
        // context on both sides included.
        let lo = marks[i].start;
        let reach = lo + MAX_COLUMNS - 2 * CONTEXT;
        let n = marks[i..].iter().take_while(|m| m.start < reach).count();
        let group = i..i + n;
        let hi = marks[group.clone()]
            .iter()
            .map(|m| m.end.min(len).max(m.start + 1))
            .max()
            .unwrap_or(lo + 1)
            .min(reach);
        // Centre the marked text; at the line's end, fill the window leftwards.
        let before = lo.min((MAX_COLUMNS - (hi - lo)) / 2);
        let to = (lo - before + MAX_COLUMNS).min(len);
        let from = (lo - before).min(len - MAX_COLUMNS);
        out.push((Window { from, to }, group));
        i += n;
    }
    out
}

/// A source file as the renderer needs it.
pub struct SourceText<'a> {
    /// The name shown in `--> name:line:col`.
    pub name: &'a str,
    /// Its text.
    pub text: &'a str,
    /// Its line starts.
    pub lines: &'a LineIndex,
}

impl SourceText<'_> {
    /// One source line, then a marker line per span on it; a line longer
    /// than [`MAX_COLUMNS`] is shown as windows around its spans.
    fn snippet(&self, line: u32, spans: &[(Span, &str, char)], out: &mut String, gutter: usize) {
        let text = self.lines.line_text(self.text, line);
        let len = text.chars().count();
        let marks: Vec<Mark> = spans
            .iter()
            .map(|&(span, label, glyph)| {
                let a = self.lines.line_col(self.text, span.lo);
                let b = self.lines.line_col(self.text, span.hi.max(span.lo));
                let start = a.col as usize - 1;
                let end = if b.line == a.line { b.col as usize - 1 } else { len };
                Mark { start, end, label, glyph }
            })
            .collect();
        for (window, group) in windows(len, &marks) {
            let (cut_left, cut_right) = (window.from > 0, window.to < len);
            let (lo, hi) = (byte_of(text, window.from), byte_of(text, window.to));
            let shown = &text[lo..hi];
            let (dots_left, dots_right) =
                (if cut_left { "..." } else { "" }, if cut_right { "..." } else { "" });
            let _ = writeln!(out, "{line:>gutter$} | {dots_left}{shown}{dots_right}");
            let indent = if cut_left { "   " } else { "" };
            // A mark may run one column past the line's end (at a missing
            // token), never past a cut.
            let last = if cut_right { window.to } else { len + 1 };
            for m in &marks[group] {
                let pad: String = shown
                    .chars()
                    .take(m.start - window.from)
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                let width = m.end.max(m.start + 1).min(last).saturating_sub(m.start).max(1);
                let marks: String = std::iter::repeat_n(m.glyph, width).collect();
                let sep = if m.label.is_empty() { "" } else { " " };
                let _ = writeln!(out, "{:>gutter$} | {indent}{pad}{marks}{sep}{}", "", m.label);
            }
        }
    }

    /// Render `d` the way rustc does.
    pub fn render(&self, d: &Diagnostic) -> String {
        let mut out = String::new();
        let kind = if d.is_error() { "error" } else { "warning" };
        let _ = writeln!(out, "{kind}[{}]: {}", d.code, d.message);
        let pos = self.lines.line_col(self.text, d.span.lo);
        let max_line = std::iter::once(d.span.lo)
            .chain(d.notes.iter().map(|n| n.0.lo))
            .map(|o| self.lines.line_col(self.text, o).line)
            .max()
            .unwrap_or(1);
        let gutter = max_line.to_string().len();
        let _ = writeln!(out, "{:>gutter$}--> {}:{}:{}", "", self.name, pos.line, pos.col);
        let _ = writeln!(out, "{:>gutter$} |", "");
        let mut spans: Vec<(Span, &str, char)> = vec![(d.span, d.label.as_str(), '^')];
        spans.extend(d.notes.iter().map(|(s, l)| (*s, l.as_str(), '-')));
        spans.sort_by_key(|s| s.0.lo);
        let line_of = |s: &(Span, &str, char)| self.lines.line_col(self.text, s.0.lo).line;
        for group in spans.chunk_by(|a, b| line_of(a) == line_of(b)) {
            self.snippet(line_of(&group[0]), group, &mut out, gutter);
        }
        if let Some(help) = &d.help {
            let _ = writeln!(out, "{:>gutter$} |", "");
            let _ = writeln!(out, "{:>gutter$} = help: {help}", "");
        }
        out
    }

    /// Render `d` as one JSON object on one line (the schema is in
    /// `docs/diagnostics.md`): full positions, never cut like [`Self::render`].
    pub fn render_json(&self, d: &Diagnostic) -> String {
        let pos = |o: u32| {
            let p = self.lines.line_col(self.text, o);
            JsonPos { line: p.line, column: p.col }
        };
        let a = pos(d.span.lo);
        let json = JsonDiagnostic {
            severity: if d.is_error() { "error" } else { "warning" },
            code: d.code.as_str(),
            message: &d.message,
            file: self.name,
            line: a.line,
            column: a.column,
            end: pos(d.span.hi),
            label: &d.label,
            labels: d
                .notes
                .iter()
                .map(|(span, message)| {
                    let a = pos(span.lo);
                    JsonLabel { line: a.line, column: a.column, end: pos(span.hi), message }
                })
                .collect(),
            help: d.help.as_deref(),
        };
        serde_json::to_string(&json).expect("a diagnostic serialises")
    }
}

/// One diagnostic in `--format json`: the fields in the documented order.
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: &'static str,
    code: &'a str,
    message: &'a str,
    file: &'a str,
    line: u32,
    column: u32,
    end: JsonPos,
    label: &'a str,
    labels: Vec<JsonLabel<'a>>,
    help: Option<&'a str>,
}

/// A 1-based line and column (in characters) in the JSON output.
#[derive(Serialize)]
struct JsonPos {
    line: u32,
    column: u32,
}

/// A secondary span in the JSON output.
#[derive(Serialize)]
struct JsonLabel<'a> {
    line: u32,
    column: u32,
    end: JsonPos,
    message: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str, d: &Diagnostic) -> String {
        let lines = LineIndex::new(text);
        SourceText { name: "x.js", text, lines: &lines }.render(d)
    }

    /// The span of the first `needle` in `text`.
    fn at(text: &str, needle: &str) -> Span {
        let lo = text.find(needle).unwrap() as u32;
        Span::new(lo, lo + needle.len() as u32)
    }

    #[test]
    fn a_line_of_max_columns_is_shown_whole() {
        let text = format!("{}x + 1.5;", "a".repeat(MAX_COLUMNS - 8));
        assert_eq!(text.len(), MAX_COLUMNS);
        let d = Diagnostic::error(Code::E0140, at(&text, "x + 1.5"), "m").label("here");
        let r = render(&text, &d);
        assert!(r.contains(&format!("1 | {text}\n")), "{r}");
        assert!(r.contains(&format!("  | {}^^^^^^^ here\n", " ".repeat(MAX_COLUMNS - 8))), "{r}");
    }

    #[test]
    fn a_long_line_is_cut_around_the_span() {
        let text = format!("{}x + 1.5;{}", "a".repeat(5000), "b".repeat(5000));
        let d = Diagnostic::error(Code::E0140, at(&text, "x + 1.5"), "m")
            .label("here")
            .note(at(&text, "1.5"), "this is `double`");
        let r = render(&text, &d);
        let lines: Vec<&str> = r.lines().collect();
        assert_eq!(lines[1], " --> x.js:1:5001");
        let shown = lines[3].strip_prefix("1 | ...").unwrap().strip_suffix("...").unwrap();
        assert_eq!(shown.chars().count(), MAX_COLUMNS);
        let col = shown.find("x + 1.5").unwrap();
        assert_eq!(lines[4], format!("  |    {}^^^^^^^ here", " ".repeat(col)));
        assert_eq!(lines[5], format!("  |    {}--- this is `double`", " ".repeat(col + 4)));
        assert_eq!(lines.len(), 6, "{r}");
    }

    #[test]
    fn a_span_near_an_end_cuts_the_other_side_only() {
        let text = format!("x + 1.5;{}", "b".repeat(500));
        let r = render(&text, &Diagnostic::error(Code::E0140, at(&text, "x + 1.5"), "m"));
        assert!(r.contains(&format!("1 | x + 1.5;{}...\n  | ^^^^^^^\n", "b".repeat(112))), "{r}");
        let text = format!("{}x + 1.5", "b".repeat(500));
        let r = render(&text, &Diagnostic::error(Code::E0140, at(&text, "x + 1.5"), "m"));
        assert!(r.contains(&format!("1 | ...{}x + 1.5\n", "b".repeat(113))), "{r}");
        // A missing token at the end: one mark past the last character.
        let end = Span::new(text.len() as u32, text.len() as u32);
        let r = render(&text, &Diagnostic::error(Code::E0001, end, "m"));
        assert!(r.contains(&format!("  |    {}^\n", " ".repeat(MAX_COLUMNS))), "{r}");
    }

    #[test]
    fn far_apart_spans_on_one_line_get_a_window_each() {
        let text = format!("{}first{}second{}", "a".repeat(300), "b".repeat(3000), "c".repeat(300));
        let d = Diagnostic::error(Code::E0101, at(&text, "second"), "m")
            .label("again")
            .note(at(&text, "first"), "first here");
        let r = render(&text, &d);
        let lines: Vec<&str> = r.lines().collect();
        assert_eq!(lines.len(), 7, "{r}");
        for (source, marks, word, label) in
            [(3, 4, "first", "- first here"), (5, 6, "second", "^ again")]
        {
            let col = lines[source].find(word).unwrap();
            assert!(lines[source].starts_with("1 | ...") && lines[source].ends_with("..."));
            assert!(lines[marks][col..].starts_with(&label[..1].repeat(word.len())), "{r}");
            assert!(lines[marks].ends_with(&label[2..]), "{r}");
        }
    }

    #[test]
    fn a_long_span_is_cut_with_its_line() {
        let text = format!("{}{}", "a".repeat(10), "b".repeat(1000));
        let d =
            Diagnostic::error(Code::E0010, at(&text, &"b".repeat(1000)), "m").label("all of it");
        let r = render(&text, &d);
        let lines: Vec<&str> = r.lines().collect();
        assert_eq!(lines[3], format!("1 | {}{}...", "a".repeat(10), "b".repeat(110)));
        assert_eq!(lines[4], format!("  | {}{} all of it", " ".repeat(10), "^".repeat(110)));
    }

    #[test]
    fn the_window_counts_characters_not_bytes() {
        let text = format!("{}x + 1.5;{}", "é\t".repeat(2000), "ü".repeat(2000));
        let d = Diagnostic::error(Code::E0140, at(&text, "x + 1.5"), "m").label("here");
        let r = render(&text, &d);
        let lines: Vec<&str> = r.lines().collect();
        assert_eq!(lines[1], " --> x.js:1:4001");
        let shown = lines[3].strip_prefix("1 | ...").unwrap().strip_suffix("...").unwrap();
        assert_eq!(shown.chars().count(), MAX_COLUMNS);
        // Tabs stay tabs under the source, so the marks line up in any terminal.
        let pad: String = shown[..shown.find('x').unwrap()]
            .chars()
            .map(|c| if c == '\t' { c } else { ' ' })
            .collect();
        assert_eq!(lines[4], format!("  |    {pad}^^^^^^^ here"));
    }

    #[test]
    fn json_is_the_documented_object() {
        let text = "é\"\\\n\u{1}\t x";
        let d = Diagnostic::warning(Code::W0001, Span::new(0, 2), "a \"quote\" \\ \n\u{1}")
            .label("l\t")
            .note(Span::new(5, 8), "n");
        let lines = LineIndex::new(text);
        let json = SourceText { name: "d\"ir/x.js", text, lines: &lines }.render_json(&d);
        assert_eq!(
            json,
            r#"{"severity":"warning","code":"W0001","message":"a \"quote\" \\ \n\u0001","file":"d\"ir/x.js","line":1,"column":1,"end":{"line":1,"column":2},"label":"l\t","labels":[{"line":2,"column":1,"end":{"line":2,"column":4},"message":"n"}],"help":null}"#
        );
        let d = d.help("h");
        let json = SourceText { name: "x.js", text, lines: &lines }.render_json(&d);
        assert!(json.ends_with(r#""help":"h"}"#), "{json}");
    }
}
