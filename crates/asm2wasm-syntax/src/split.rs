//! Parsing a big module's function declarations on several threads.
//!
//! swc parses a file in one call on one thread, and on a big module that
//! parse is most of a run. A module's function declarations are most of its
//! text, and each one parses on its own. So a quick scan of the text finds
//! the runs of declarations at the top level of each `"use asm"` body, and
//! cuts each run into pieces where only white space separates two
//! declarations (comments between them keep them together). The pieces are
//! parsed on every core alongside a *skeleton*: a copy of the file in
//! which the runs are blanked out with spaces (so every offset stays put),
//! and each piece's declarations are handed, on the thread that parsed
//! them, to the caller (`find.rs` lowers them there, while their nodes are
//! in the cache, and frees them). An empty statement spanning each run then
//! marks its place in the skeleton's tree, for the caller to put the
//! pieces' results there.
//!
//! The scan is only a guess: it knows braces and comments, not regular
//! expressions or strings. So the result is used only when the parses prove
//! it is the tree a parse of the whole file gives, node for node and span
//! for span; otherwise [`parse`] returns `None` and the caller parses the
//! whole file on one thread. The proof, for a run from `start` to `end`:
//!
//! - The skeleton parses as a script without any error, and the run lies in
//!   the body of a plain function (not async, not a generator, not in a
//!   class), between two of its statements, with no comment of the skeleton
//!   overlapping it. The text before `start` is the file's own, so the whole
//!   file's parse reaches `start` in the same state: at a statement of that
//!   body.
//! - The statement before the run ends with `;`, is a function declaration,
//!   or is followed by a line break, so it ends where it did in the skeleton
//!   whatever follows; and the byte before `start` (a space, `;` or `}`)
//!   ends any token, so `start` begins a token in the whole file too.
//! - Each piece parses as a script without any error, holds only function
//!   declarations, starts with nothing but white space before its first one
//!   and ends exactly with the `}` of its last one. The whole file's parse,
//!   at a statement of the body, therefore reads the same tokens and the same
//!   declarations, and is again at a statement of the body after each piece:
//!   where the skeleton's parse resumes after the blank.
//! - After the run, a line break comes before the next token in the file if
//!   and only if one does in the skeleton (where the blank follows whatever
//!   preceded the run): it decides whether `-->` opens a comment.
//! - No text holds an HTML-like comment (`<!--`, `-->`): swc gives the token
//!   after one a span that starts at the comment, a state a piece parsed on
//!   its own cannot see.
//! - The pieces are parsed in strict mode when `use strict` appears anywhere
//!   before the run (outside the runs, which cannot enclose it), and in
//!   strict mode a parse that succeeds gives the same tree as a sloppy one.
//! - Nodes carry absolute positions: each piece is parsed at its own offset.
//!
//! The unit tests below compare both parses on every testsuite case, every
//! example and 22,000 mutants of them.

use std::ops::Range;

use memchr::{memchr, memchr3, memmem};
use swc_common::comments::SingleThreadedComments;
use swc_common::input::StringInput;
use swc_common::{BytePos, Spanned};
use swc_ecma_ast as js;
use swc_ecma_parser::lexer::Lexer;
use swc_ecma_parser::{EsSyntax, Parser, Syntax};
use swc_ecma_visit::{VisitMut, VisitMutWith};

use crate::jobs::{self, Jobs};

/// The syntax every parse of a file uses.
pub(crate) fn syntax() -> Syntax {
    Syntax::Es(EsSyntax::default())
}
pub(crate) const TARGET: js::EsVersion = js::EsVersion::Es5;

/// A run of function declarations at the top level of a module body.
#[derive(Debug, Default)]
struct Run {
    /// Its units, from the `function` of their first declaration to the `}`
    /// of their last: declarations separated by comments stay in one unit,
    /// white space alone separates units, and a run is cut only there.
    units: Vec<Range<usize>>,
    /// Whether the next declaration joins the last unit (a comment came
    /// between them).
    joined: bool,
}

impl Run {
    fn span(&self) -> Range<usize> {
        self.units[0].start..self.units[self.units.len() - 1].end
    }
}

/// What [`parse`] gives: the skeleton's script, in which an empty statement
/// spanning each run stands for its declarations, and each run's pieces as
/// the caller's `finish` made them, in order.
pub(crate) struct Split<T> {
    pub script: js::Script,
    pub runs: Vec<(Range<usize>, Vec<T>)>,
}

/// The whole file parsed in pieces as the module docs say, each piece's
/// declarations handed to `finish` on the thread that parsed them (while
/// their nodes are in its cache); or `None` when the file is small, the scan
/// found nothing worth a thread, or the pieces could not be proved to parse
/// as the whole file would: then the caller parses the whole file. `start`
/// is the position of the file's first byte in swc's terms.
pub(crate) fn parse<T: Send>(
    source: &str,
    start: BytePos,
    jobs: Jobs,
    finish: impl Fn(Vec<js::Stmt>) -> T + Sync,
) -> Option<Split<T>> {
    // A byte order mark, which swc drops, is left to the whole parse.
    if jobs.threads <= 1 || source.starts_with('\u{feff}') {
        return None;
    }
    // A run smaller than a chunk stays in the skeleton.
    let runs: Vec<Run> = runs(source.as_bytes())
        .into_iter()
        .filter(|r| r.span().len() >= jobs.chunk_bytes)
        .collect();
    let total: usize = runs.iter().map(|r| r.span().len()).sum();
    if total < 2 * jobs.chunk_bytes {
        return None;
    }
    // Strict code around a run is marked by a directive outside every run
    // (the runs lie at the top level of module bodies, none in another).
    let (mut strict, mut searched) = (false, 0);
    let mut skeleton = source.as_bytes().to_vec();
    let mut tasks = vec![Task::Skeleton];
    for (index, run) in runs.iter().enumerate() {
        skeleton[run.span()].fill(b' ');
        strict = strict
            || memmem::find(&source.as_bytes()[searched..run.span().start], b"use strict")
                .is_some();
        searched = run.span().end;
        let sizes: Vec<usize> = run.units.iter().map(std::iter::ExactSizeIterator::len).collect();
        for cut in jobs.chunks(&sizes) {
            // A piece starts where the previous one ended: the white space
            // between two units belongs to the second.
            let from =
                if cut.start == 0 { run.units[0].start } else { run.units[cut.start - 1].end };
            tasks.push(Task::Piece { run: index, range: from..run.units[cut.end - 1].end, strict });
        }
    }
    let skeleton = String::from_utf8(skeleton).ok()?;
    let regions: Vec<Range<usize>> = runs.iter().map(Run::span).collect();
    let parsed = jobs::map(jobs, tasks, |task| match task {
        Task::Skeleton => Parsed::Skeleton(parse_skeleton(&skeleton, start, &regions)),
        Task::Piece { run, range, strict } => {
            Parsed::Piece(run, parse_piece(source, start, range, strict).map(&finish))
        }
    });
    drop(skeleton);
    let mut runs: Vec<(Range<usize>, Vec<T>)> =
        regions.iter().map(|r| (r.clone(), Vec::new())).collect();
    let mut script = None;
    for p in parsed {
        match p {
            Parsed::Skeleton(s) => script = Some(s?),
            Parsed::Piece(run, piece) => runs[run].1.push(piece?),
        }
    }
    let mut script = script?;
    let mut splicer =
        Splicer { src: source.as_bytes(), start, pending: regions, placed: 0, ok: true };
    script.visit_mut_with(&mut splicer);
    (splicer.ok && splicer.placed == runs.len()).then_some(Split { script, runs })
}

enum Task {
    Skeleton,
    /// A piece of the run of that index.
    Piece {
        run: usize,
        range: Range<usize>,
        strict: bool,
    },
}

enum Parsed<T> {
    Skeleton(Option<js::Script>),
    Piece(usize, Option<T>),
}

/// The byte offset in the file of swc's position `p`, the file starting at `start`.
fn offset(start: BytePos, p: BytePos) -> usize {
    (p - start).0 as usize
}

fn input(text: &str, at: BytePos) -> StringInput<'_> {
    StringInput::new(text, at, at + BytePos(text.len() as u32))
}

/// The skeleton's script, if it parses without any error and none of its
/// comments overlaps a blanked region.
fn parse_skeleton(text: &str, start: BytePos, regions: &[Range<usize>]) -> Option<js::Script> {
    if has_html_comment(text) {
        return None;
    }
    let comments = SingleThreadedComments::default();
    let mut parser =
        Parser::new_from(Lexer::new(syntax(), TARGET, input(text, start), Some(&comments)));
    let script = parser.parse_script().ok()?;
    if !parser.take_errors().is_empty() {
        return None;
    }
    let (leading, trailing) = comments.borrow_all();
    let overlaps = |c: &swc_common::comments::Comment| {
        let (lo, hi) = (offset(start, c.span.lo), offset(start, c.span.hi));
        regions.iter().any(|r| lo < r.end && r.start < hi)
    };
    if leading.values().chain(trailing.values()).flatten().any(overlaps) {
        return None;
    }
    Some(script)
}

/// A piece's function declarations, if it parses without any error, holds
/// nothing else, starts with white space only and ends with its last
/// declaration.
fn parse_piece(
    source: &str,
    start: BytePos,
    range: Range<usize>,
    strict: bool,
) -> Option<Vec<js::Stmt>> {
    const STRICT: &str = "\"use strict\";";
    if has_html_comment(&source[range.clone()]) {
        return None;
    }
    let text;
    let (code, at) = if strict {
        // The directive sits just before the piece, so offsets stay put.
        text = format!("{STRICT}{}", &source[range.clone()]);
        (&text[..], start + BytePos(range.start.checked_sub(STRICT.len())? as u32))
    } else {
        (&source[range.clone()], start + BytePos(range.start as u32))
    };
    let mut parser = Parser::new_from(Lexer::new(syntax(), TARGET, input(code, at), None));
    let mut stmts = parser.parse_script().ok()?.body;
    if !parser.take_errors().is_empty() {
        return None;
    }
    if strict {
        stmts.remove(0);
    }
    let first = offset(start, stmts.first()?.span().lo);
    let last = offset(start, stmts.last()?.span().hi);
    let only_declarations = stmts.iter().all(|s| matches!(s, js::Stmt::Decl(js::Decl::Fn(_))));
    let blank_before = source.as_bytes()[range.start..first].iter().all(|&b| is_space(b));
    (only_declarations && blank_before && last == range.end).then_some(stmts)
}

/// Puts an empty statement spanning each region into the skeleton's tree,
/// in the body of the function that holds the region, proving the place
/// right: the caller puts the region's declarations there.
struct Splicer<'a> {
    src: &'a [u8],
    start: BytePos,
    /// The regions still to be placed; an empty range once placed.
    pending: Vec<Range<usize>>,
    placed: usize,
    /// False once a region's place could not be proved right.
    ok: bool,
}

impl Splicer<'_> {
    fn range(&self, span: swc_common::Span) -> Range<usize> {
        offset(self.start, span.lo)..offset(self.start, span.hi)
    }

    /// Whether a region still to be placed lies within `span`.
    fn holds_pending(&self, span: swc_common::Span) -> bool {
        let r = self.range(span);
        self.pending.iter().any(|p| !p.is_empty() && r.start <= p.start && p.end <= r.end)
    }

    /// Places the region `i` in `stmts`, the body of a plain function
    /// whose `{` is at `open`, if the region lies between two statements,
    /// the one before it ends for sure, and the line-break state after the
    /// region is the same in the skeleton as in the file.
    fn place(&mut self, i: usize, open: usize, stmts: &mut Vec<js::Stmt>) {
        let region = self.pending[i].clone();
        let at = stmts.partition_point(|s| self.range(s.span()).end <= region.start);
        if let Some(s) = stmts.get(at) {
            let r = self.range(s.span());
            if r.start <= region.start && region.end <= r.end {
                // A statement of this body holds the region: it lies in a
                // function nested in that statement (Emscripten's
                // `var asm = (function(global, env, buffer) { ... })(...)`),
                // whose own visit places it.
                return;
            }
            if r.start < region.end {
                self.ok = false;
                return;
            }
        }
        let ends_token = matches!(self.src[region.start - 1], b';' | b'}')
            || is_space(self.src[region.start - 1]);
        let (ended, before) = match at.checked_sub(1).map(|k| &stmts[k]) {
            None => (true, open + 1),
            Some(s) => {
                let end = self.range(s.span()).end;
                let ended = matches!(s, js::Stmt::Decl(js::Decl::Fn(_)))
                    || self.src[end - 1] == b';'
                    || has_line_break(&self.src[end..region.start]);
                (ended, end)
            }
        };
        // The token after the region follows a line break in the skeleton
        // if one came before the region; in the file, only if one comes
        // after it. The two must agree (it decides whether `-->` opens a
        // comment).
        let after = &self.src[region.end..];
        let next = after.iter().position(|&b| b != b' ' && b != b'\t').unwrap_or(after.len());
        let breaks_after = next == after.len() || matches!(after[next], b'\n' | b'\r');
        let same_lines = breaks_after || !has_line_break(&self.src[before..region.start]);
        if !(ends_token && ended && same_lines) {
            self.ok = false;
            return;
        }
        let span = swc_common::Span::new(
            self.start + BytePos(region.start as u32),
            self.start + BytePos(region.end as u32),
        );
        stmts.insert(at, js::Stmt::Empty(js::EmptyStmt { span }));
        self.pending[i] = 0..0;
        self.placed += 1;
    }
}

impl VisitMut for Splicer<'_> {
    fn visit_mut_stmt(&mut self, s: &mut js::Stmt) {
        if self.ok && self.holds_pending(s.span()) {
            s.visit_mut_children_with(self);
        }
    }

    fn visit_mut_expr(&mut self, e: &mut js::Expr) {
        if self.ok && self.holds_pending(e.span()) {
            e.visit_mut_children_with(self);
        }
    }

    /// A class body is strict code: a region there is left alone (and the
    /// whole file parsed on one thread).
    fn visit_mut_class(&mut self, _: &mut js::Class) {}

    fn visit_mut_function(&mut self, f: &mut js::Function) {
        let Some(body) = &mut f.body else { return };
        if !self.ok || !self.holds_pending(body.span) {
            return;
        }
        if !f.is_async && !f.is_generator {
            let inside = self.range(body.span);
            for i in 0..self.pending.len() {
                let p = &self.pending[i];
                if !p.is_empty() && inside.start < p.start && p.end < inside.end {
                    self.place(i, inside.start, &mut body.stmts);
                }
            }
        }
        f.visit_mut_children_with(self);
    }
}

/// Whether `text` may hold an HTML-like comment (`<!--`, or `-->` at the
/// start of a line): see the module docs.
fn has_html_comment(text: &str) -> bool {
    memmem::find(text.as_bytes(), b"-->").is_some()
        || memmem::find(text.as_bytes(), b"<!--").is_some()
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn has_line_break(b: &[u8]) -> bool {
    // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
    b.iter().any(|&c| c == b'\n' || c == b'\r')
        || b.windows(3).any(|w| w == [0xe2, 0x80, 0xa8] || w == [0xe2, 0x80, 0xa9])
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80
}

/// Whether `word` stands at `i` as a whole word.
fn word_at(b: &[u8], i: usize, word: &[u8]) -> bool {
    b[i..].starts_with(word) && !b.get(i + word.len()).is_some_and(|&c| is_ident_byte(c))
}

/// The runs of function declarations at the top level of every body that
/// holds the text `"use asm"` (or `'use asm'`), in order, none inside another.
fn runs(b: &[u8]) -> Vec<Run> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = memmem::find(&b[from..], b"use asm") {
        let at = from + found;
        from = at + 7;
        let quoted =
            at > 0 && matches!(b[at - 1], b'"' | b'\'') && b.get(at + 7) == Some(&b[at - 1]);
        // A directive opens a body: only white space between it and `{`.
        // (Prose that mentions "use asm" is not followed up; a run the scan
        // takes for a module's would spoil the skeleton, and with it the
        // parse in pieces of the whole file.)
        let opens_body = quoted && b[..at - 1].iter().rev().find(|&&c| !is_space(c)) == Some(&b'{');
        if opens_body {
            from = module_runs(b, at + 8, &mut out);
        }
    }
    out
}

/// Scans a module body from just after its directive up to its closing
/// brace, pushing the runs of declarations at its top level; returns where
/// it stopped. It stops early, at a string or a template, which asm.js does
/// not have; at a brace that never closes it gives up on the rest of the
/// file (the end is returned), so that no byte is scanned twice.
fn module_runs(b: &[u8], mut i: usize, out: &mut Vec<Run>) -> usize {
    let mut run = Run::default();
    // The last byte at the top level that is neither space nor comment.
    let mut last = b';';
    let finish = |run: &mut Run, out: &mut Vec<Run>| {
        let run = std::mem::take(run);
        if !run.units.is_empty() {
            out.push(run);
        }
    };
    while i < b.len() {
        match b[i] {
            c if is_space(c) => i += 1,
            b'/' if comment_at(b, i) => i = skip_comment(b, i),
            b'}' | b'"' | b'\'' | b'`' => break,
            b'{' => {
                // An object literal (the exports): not a place for a run.
                finish(&mut run, out);
                let Some(end) = close(b, i) else { return b.len() };
                (i, last) = (end, b'}');
            }
            b'f' if matches!(last, b';' | b'}') && word_at(b, i, b"function") => {
                let Some(end) = memchr(b'{', &b[i..]).and_then(|open| close(b, i + open)) else {
                    finish(&mut run, out);
                    return b.len();
                };
                match run.units.last_mut() {
                    Some(unit) if run.joined => unit.end = end,
                    _ => run.units.push(i..end),
                }
                // A run goes on while white space and comments alone separate
                // its declarations; a comment joins the two into one unit.
                let (mut next, mut clean) = (end, true);
                while next < b.len() {
                    if is_space(b[next]) {
                        next += 1;
                    } else if comment_at(b, next) {
                        (next, clean) = (skip_comment(b, next), false);
                    } else {
                        break;
                    }
                }
                if next < b.len() && word_at(b, next, b"function") {
                    run.joined = !clean;
                } else {
                    finish(&mut run, out);
                }
                // The gap holds nothing the loop would act on: skip it.
                (i, last) = (next, b'}');
            }
            c => {
                if is_ident_byte(c) {
                    // A whole word: `function` inside `myfunction` is no keyword.
                    while i < b.len() && is_ident_byte(b[i]) {
                        i += 1;
                    }
                } else {
                    i += 1;
                }
                finish(&mut run, out);
                last = c;
            }
        }
    }
    finish(&mut run, out);
    i
}

/// Just past the brace that closes the one at `open`, skipping comments;
/// `None` at the end of the file. Strings and regular expressions are not
/// known: a brace in one misleads the scan, and the proof finds out.
fn close(b: &[u8], open: usize) -> Option<usize> {
    let (mut i, mut depth) = (open, 0usize);
    while let Some(k) = memchr3(b'{', b'}', b'/', &b[i..]) {
        i += k;
        match b[i] {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ if comment_at(b, i) => {
                i = skip_comment(b, i);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Whether a comment starts at `i`.
fn comment_at(b: &[u8], i: usize) -> bool {
    b[i] == b'/' && matches!(b.get(i + 1), Some(b'/' | b'*'))
}

/// Just past the comment that starts at `i` (or the end of the file).
fn skip_comment(b: &[u8], i: usize) -> usize {
    if b[i + 1] == b'/' {
        memchr(b'\n', &b[i..]).map_or(b.len(), |k| i + k)
    } else {
        memmem::find(&b[i + 2..], b"*/").map_or(b.len(), |k| i + 2 + k + 2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use swc_common::{FileName, SourceMap, sync::Lrc};

    /// Pieces of one declaration each, on two threads.
    const JOBS: Jobs = Jobs { threads: 2, chunk_bytes: 1 };

    /// Puts each run's declarations where its empty statement stands.
    struct Restore(Vec<(Range<usize>, Vec<Vec<js::Stmt>>)>, BytePos);

    impl VisitMut for Restore {
        fn visit_mut_stmts(&mut self, stmts: &mut Vec<js::Stmt>) {
            stmts.iter_mut().for_each(|s| s.visit_mut_with(self));
            let start = self.1;
            let mut k = 0;
            while k < stmts.len() {
                let js::Stmt::Empty(e) = &stmts[k] else {
                    k += 1;
                    continue;
                };
                let range = (e.span.lo - start).0 as usize..(e.span.hi - start).0 as usize;
                let Some(run) = self.0.iter_mut().find(|r| r.0 == range) else {
                    k += 1;
                    continue;
                };
                let decls: Vec<js::Stmt> =
                    std::mem::take(&mut run.1).into_iter().flatten().collect();
                let n = decls.len();
                stmts.splice(k..=k, decls);
                k += n;
            }
        }
    }

    /// Whether the split parse of `source` is used; if it is, it must be the
    /// whole parse, node for node, and give the same modules, names and
    /// diagnostics.
    fn agrees(source: &str) -> bool {
        let cm: Lrc<SourceMap> = Default::default();
        let fm = cm.new_source_file(Lrc::new(FileName::Anon), source.to_string());
        let Some(split) = parse(source, fm.start_pos, JOBS, |stmts| stmts) else { return false };
        let mut script = split.script;
        script.visit_mut_with(&mut Restore(split.runs, fm.start_pos));
        let mut errors = Vec::new();
        let whole = swc_ecma_parser::parse_file_as_script(&fm, syntax(), TARGET, None, &mut errors);
        assert!(errors.is_empty(), "the split parse was used on a file with errors:\n{source}");
        assert_eq!(Ok(script), whole, "the split parse differs on:\n{source}");
        let (a, b) = (crate::parse_with(source, JOBS), crate::parse_with(source, Jobs::SEQUENTIAL));
        assert_eq!(format!("{:?}", a.modules), format!("{:?}", b.modules), "{source}");
        assert!(a.interner.names().eq(b.interner.names()), "{source}");
        assert_eq!(format!("{:?}", a.diagnostics), format!("{:?}", b.diagnostics), "{source}");
        true
    }

    fn module(body: &str) -> String {
        format!(
            "function M(stdlib, foreign, heap) {{\n    \"use asm\";\n    var x = 0;\n{body}\n    return {{ f: f }};\n}}\n"
        )
    }

    const FUNCTIONS: &str = "    function f(a) { a = a | 0; return (a + 1) | 0; }\n    function g() { return f(2) | 0; }\n    function h() { /* } */ g(); }";

    #[test]
    fn a_module_is_parsed_in_pieces() {
        assert!(agrees(&module(FUNCTIONS)));
        // Minified: no space between declarations.
        assert!(agrees(
            "var M=function(){'use asm';function a(){}function b(){return 1}return{a:a,b:b}};"
        ));
        // Two modules, one after the other.
        assert!(agrees(&format!("{}{}", module(FUNCTIONS), module(FUNCTIONS))));
        // A comment between two declarations keeps them in one piece.
        assert!(agrees(&module(
            "    function f() {}\n    // next\n    function g() {}\n    /* last */ function h() {}"
        )));
        // Strict code around: the pieces are parsed strict too.
        assert!(agrees(&format!("'use strict';\n{}", module(FUNCTIONS))));
    }

    #[test]
    fn emscripten_glue_around_the_module_does_not_stop_it() {
        // Glue before and after the module: strings, a template and regular
        // expressions holding braces, comments that mention "use asm".
        let glue = "var Module = typeof Module !== 'undefined' ? Module : {};\n\
            var re = /[{}]+\\/*/g, tpl = `${1 + 1} }`, s = \"{ function x() {\";\n\
            /* the module below is \"use asm\" code; function y() {} */\n\
            function abort(what) { throw new Error('abort(' + what + ') }'); } // 'use asm' {\n";
        let asm = format!(
            "Module[\"asm\"] = (function(global, env, buffer) {{\n\"use asm\";\n  var H = new global.Int32Array(buffer);\n{FUNCTIONS}\n  return {{ f: f }};\n}})(Module.asmGlobalArg, Module.asmLibraryArg, buffer);\n"
        );
        assert!(agrees(&format!("{glue}{asm}var after = /}}/.test('}}');\n")));
        // The whole program wrapped in functions, as Emscripten's modularised
        // builds and UMD wrappers do: the module is in a function nested in a
        // statement of another function's body, two functions deep.
        let wrapped = format!(
            "var Lib = (function() {{\n  var Module = {{}};\n  function outer() {{\n    var asm = (function(global, env, buffer) {{\n'use asm';\n{FUNCTIONS}\n  return {{ f: f }};\n}})(this, {{}}, new ArrayBuffer(65536));\n    return asm;\n  }}\n  return outer();\n}})();\n"
        );
        assert!(agrees(&wrapped));
    }

    #[test]
    fn what_cannot_be_proved_is_parsed_whole() {
        for source in [
            // Not a directive: a string in an expression. The scan finds the
            // declarations, the skeleton puts them at no statement boundary.
            "var s = x + \"use asm\"; function f() {} function g() {}",
            // A regular expression fools the scan into a comment's text.
            &module("    var r = /\\//; /*\n    ;function fake() {}\n    */ function f() {}"),
            // A statement that is not ended before the run.
            &module("    var y = 0 function f() {}"),
            // A generator body: `yield` means something else in it.
            "function* M() { 'use asm'; function yield() {} function f() {} }",
            // Strict code: a legacy octal literal is an error the pieces see too.
            &format!("'use strict';\n{}", module("    function f() { return 010; }")),
            // An error in a piece, and one in the skeleton.
            &module("    function f() { return +; }"),
            &module(&format!("{FUNCTIONS}\n    var t = [f, ;")),
            // A declaration inside a class body (strict code).
            "class C { m() { 'use asm'; function f() {} function g() {} } }",
        ] {
            assert!(!agrees(source), "the split parse was used on:\n{source}");
        }
    }

    #[test]
    fn exotic_text_never_changes_the_tree() {
        // Whether or not the split is used, it must agree with the whole parse.
        for body in [
            "    function f() {}\n--> comment\n    function g() {}",
            "    function f() {}\n    <!-- comment\n    function g() {}",
            "    function f() { return `}`; }\n    function g() {}",
            "    function f() { return '}'; }\n    function g() {}",
            "    function f() { return /}/; }\n    function g() {}",
            "    function f() {}\n    function g() {} /* open",
            "    function f() {}; function g() {}",
            "    function f() {}\u{2028}function g() {}",
            "    function f(a = {}) {}\n    function g() {}",
            "    function f() {}\n    (function g() {})",
            "    function f() {}\n    function g() {}\n    /x/.test('')",
            "    function f() {}\n    function g() {}\n    +1",
        ] {
            agrees(&module(body));
        }
    }

    #[test]
    fn the_scan_reads_each_byte_once() {
        // Each directive is followed by a brace that never closes. Scanning
        // to the end of the file from every one would read 100,000 times
        // 1.8 MB here: the scan gives up at the first instead.
        let source = "x = 'use asm' + { function f() {} ;".repeat(100_000);
        assert!(runs(source.as_bytes()).is_empty());
        let source = "x = 'use asm'; function f() {".repeat(100_000);
        assert!(runs(source.as_bytes()).is_empty());
    }

    /// Every testsuite case and example, and many mutants of them: the split
    /// parse, when used, is the whole parse.
    #[test]
    fn testsuite_cases_and_their_mutants_agree() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut texts = Vec::new();
        for dir in ["testsuite/validate", "testsuite/run", "examples"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "js") {
                    texts.push(std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        assert!(texts.len() > 500, "found {} cases", texts.len());
        let used = texts.iter().filter(|t| agrees(t)).count();
        assert!(
            used * 2 > texts.len(),
            "the split parse was used on {used} of {} cases only",
            texts.len()
        );

        const EDITS: &[&str] = &[
            "/",
            "*",
            "/*",
            "*/",
            "//",
            "\"",
            "'",
            "`",
            "{",
            "}",
            ";",
            "\n",
            " ",
            "function ",
            "function f() {}",
            "-->",
            "<!--",
            "'use strict';",
            "010",
            "yield",
            "(",
            "=",
            "\\",
            "\u{2028}",
            "x",
        ];
        let mut state = 0x1234_5678_9abc_def1u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let (mut mutants, mut split) = (0, 0);
        for text in &texts {
            for _ in 0..40 {
                let mut s = text.clone();
                for _ in 0..=next(3) {
                    let mut at = next(s.len() + 1);
                    while !s.is_char_boundary(at) {
                        at -= 1;
                    }
                    if next(3) == 0 {
                        let mut end = (at + 1 + next(8)).min(s.len());
                        while !s.is_char_boundary(end) {
                            end -= 1;
                        }
                        s.replace_range(at..end.max(at), "");
                    } else {
                        s.insert_str(at, EDITS[next(EDITS.len())]);
                    }
                }
                split += usize::from(agrees(&s));
                mutants += 1;
            }
        }
        assert!(
            mutants >= 20_000 && split * 5 >= mutants,
            "the split parse was used on {split} of {mutants} mutants"
        );
    }
}
