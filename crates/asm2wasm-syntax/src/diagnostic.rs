//! Diagnostics: a code, a message, labelled spans and a help line; rendered
//! the same way everywhere (rustc style for people, JSON for tools).

use std::fmt::Write;

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
    pub code: &'static str,
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

impl Diagnostic {
    /// An error at `span`.
    pub fn error(code: &'static str, span: Span, message: impl Into<String>) -> Diagnostic {
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
    pub fn warning(code: &'static str, span: Span, message: impl Into<String>) -> Diagnostic {
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
    /// One source line, then a marker line per span on it.
    fn snippet(&self, line: u32, spans: &[(Span, &str, char)], out: &mut String, gutter: usize) {
        let text = self.lines.line_text(self.text, line);
        let len = text.chars().count() as u32;
        let _ = writeln!(out, "{line:>gutter$} | {text}");
        for &(span, label, mark) in spans {
            let a = self.lines.line_col(self.text, span.lo);
            let b = self.lines.line_col(self.text, span.hi.max(span.lo));
            let width = if b.line == a.line {
                b.col.saturating_sub(a.col)
            } else {
                (len + 1).saturating_sub(a.col)
            };
            let pad: String = text
                .chars()
                .take(a.col as usize - 1)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let marks: String = std::iter::repeat_n(mark, width.max(1) as usize).collect();
            let sep = if label.is_empty() { "" } else { " " };
            let _ = writeln!(out, "{:>gutter$} | {pad}{marks}{sep}{label}", "");
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

    /// Render `d` as one JSON object (the schema is in `docs/diagnostics.md`).
    pub fn render_json(&self, d: &Diagnostic) -> String {
        let pos = |o: u32| self.lines.line_col(self.text, o);
        let (a, b) = (pos(d.span.lo), pos(d.span.hi));
        let mut out = String::from("{");
        let _ = write!(
            out,
            "\"severity\":{},\"code\":{},\"message\":{},\"file\":{},\"line\":{},\"column\":{},\"end\":{{\"line\":{},\"column\":{}}},\"label\":{},\"labels\":[",
            json_str(if d.is_error() { "error" } else { "warning" }),
            json_str(d.code),
            json_str(&d.message),
            json_str(self.name),
            a.line,
            a.col,
            b.line,
            b.col,
            json_str(&d.label),
        );
        for (i, (span, label)) in d.notes.iter().enumerate() {
            let (a, b) = (pos(span.lo), pos(span.hi));
            let comma = if i > 0 { "," } else { "" };
            let _ = write!(
                out,
                "{comma}{{\"line\":{},\"column\":{},\"end\":{{\"line\":{},\"column\":{}}},\"message\":{}}}",
                a.line,
                a.col,
                b.line,
                b.col,
                json_str(label)
            );
        }
        let _ =
            write!(out, "],\"help\":{}}}", d.help.as_deref().map_or("null".to_string(), json_str));
        out
    }
}

/// `s` as a JSON string literal.
pub fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
