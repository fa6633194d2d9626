//! `asm2wasm diff`: run the original asm.js in a JS engine (Node, the
//! reference, and/or the SpiderMonkey 58 shell) and its translation in the
//! embedded wasmtime on the same calls, and compare what they did: each
//! call's result bit for bit (NaN payloads aside: JS engines do not keep
//! them), the foreign calls it made with their arguments, and the heap
//! after the last call.
//!
//! In: a case ([`Case`]: a file holding the module, and the calls to make,
//! from its `// run:` lines or the command line). Out: one [`Run`] per side
//! and their [`Comparison`]. `tests/run.rs` runs every `testsuite/run/`
//! case through these same functions; the command is [`main`].
//!
//! The engine runs only the module's function, cut out of the file
//! ([`module_source`]), with the foreign object of the tests: every
//! foreign name is a function that records its call and returns its first
//! argument (or 0), but the names the module imports as values
//! (`foreign.x|0`, `+foreign.y`), which are 3.75. The wasm side gets the
//! same from [`asm2wasm_run::Recorder`].

mod command;
mod engine;
mod wasm;

pub use command::{Args, main};
pub use engine::{Engine, Job, command as engine_command, run as run_engine};
pub use wasm::Wasm;

use std::fmt::Write as _;

use asm2wasm_run::js_number;

use crate::FileReport;

/// The heap's length when neither `--heap-size` nor `// heap:` gives one.
pub const DEFAULT_HEAP: u32 = 65536;

/// The directives of a run case (`testsuite/README.md`); `bench` is for
/// `examples/` only.
pub const DIRECTIVES: &[&str] = &["run", "heap", "foreign-values", "bench", "spidermonkey-differs"];

/// The values of the `// NAME: value` lines of `text`.
pub fn directives(text: &str, name: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.strip_prefix("//"))
        .filter_map(|l| l.trim().strip_prefix(name)?.strip_prefix(':'))
        .map(|v| v.trim().to_string())
        .collect()
}

/// The function a call names: `f` of `f(1, 2)`; `None` when the text is
/// not shaped `name(...)`.
pub fn call_name(call: &str) -> Option<&str> {
    let call = call.trim();
    let (name, rest) = call.split_at(call.find('(')?);
    let name = name.trim_end();
    let ident = name.chars().enumerate().all(|(i, c)| {
        c == '_' || c == '$' || c.is_ascii_alphabetic() || (i > 0 && c.is_ascii_digit())
    });
    (ident && !name.is_empty() && rest.ends_with(')')).then_some(name)
}

/// A case: a file holding an asm.js module, and what its directives say.
#[derive(Debug, Clone)]
pub struct Case {
    /// The calls of its `// run:` lines, `f(1, -0)`.
    pub calls: Vec<String>,
    /// Its `// heap:` length, if it gives one.
    pub heap_size: Option<u32>,
    /// Its `// foreign-values:` names.
    pub foreign_values: Vec<String>,
    /// Its `// spidermonkey-differs: f: REASON` lines: the function whose
    /// calls SpiderMonkey may answer otherwise, and why.
    pub spidermonkey_differs: Vec<(String, String)>,
}

impl Case {
    /// Read the directives of a case's text.
    pub fn parse(text: &str) -> Result<Case, String> {
        let heap_size = match directives(text, "heap").first() {
            Some(h) => Some(crate::parse_heap_size(h).map_err(|e| format!("`// heap: {h}`: {e}"))?),
            None => None,
        };
        let mut spidermonkey_differs = Vec::new();
        for d in directives(text, "spidermonkey-differs") {
            let (f, why) = d.split_once(':').ok_or_else(|| {
                format!("`// spidermonkey-differs: {d}` is not `FUNCTION: REASON`")
            })?;
            spidermonkey_differs.push((f.trim().to_string(), why.trim().to_string()));
        }
        Ok(Case {
            calls: directives(text, "run"),
            heap_size,
            foreign_values: directives(text, "foreign-values")
                .iter()
                .flat_map(|v| v.split([',', ' ']).filter(|n| !n.is_empty()).map(str::to_string))
                .collect(),
            spidermonkey_differs,
        })
    }
}

/// Module `index` of `report` as a JS expression an engine can evaluate on
/// its own: `(function M(stdlib, foreign, heap) {...})`, preceded by as many
/// line breaks as there are lines before it, so that the engine's messages
/// give the file's line numbers. An asm.js module refers to nothing outside
/// itself, so it behaves as it does in its file.
pub fn module_source(report: &FileReport, index: usize) -> String {
    let span = report.modules[index].span;
    let text = &report.text[span.lo as usize..span.hi as usize];
    let line = report.lines().line_col(&report.text, span.lo).line as usize;
    format!("({}{text}\n)", "\n".repeat(line.saturating_sub(1)))
}

/// FNV-1a (32 bits) of the heap's bytes: what the JS harnesses print.
pub fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h: u32, &b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// Whether an engine ran the module as asm.js.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Validation {
    /// It validated (and linked) the module as asm.js.
    Asm,
    /// It refused it, or failed to link it, and ran it as plain JS.
    PlainJs {
        /// The engine's own message.
        reason: String,
    },
}

/// What one call gave.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// A number, or `None` for `undefined`.
    Value(Option<f64>),
    /// JS threw this.
    Threw(String),
    /// The wasm trapped, for this reason.
    Trapped(String),
}

impl Outcome {
    /// Bit for bit, but any NaN is any NaN.
    pub fn same(&self, other: &Outcome) -> bool {
        match (self, other) {
            (Outcome::Value(a), Outcome::Value(b)) => match (a, b) {
                (Some(x), Some(y)) => same_number(*x, *y),
                (a, b) => a.is_none() && b.is_none(),
            },
            (Outcome::Threw(a), Outcome::Threw(b)) | (Outcome::Trapped(a), Outcome::Trapped(b)) => {
                a == b
            }
            _ => false,
        }
    }
}

impl std::fmt::Display for Outcome {
    /// `1.5 (0x3ff8000000000000)`, `undefined`, `threw RangeError: ...`,
    /// `trapped: ...`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Outcome::Value(None) => f.write_str("undefined"),
            Outcome::Value(Some(x)) => write!(f, "{}", show_number(*x)),
            Outcome::Threw(e) => write!(f, "threw {e}"),
            Outcome::Trapped(e) => write!(f, "trapped: {e}"),
        }
    }
}

/// Bit for bit, any NaN being any NaN.
fn same_number(x: f64, y: f64) -> bool {
    (x.is_nan() && y.is_nan()) || x.to_bits() == y.to_bits()
}

/// A number in JS's shortest form and its bits: `-0 (0x8000000000000000)`.
pub fn show_number(x: f64) -> String {
    format!("{} ({:#018x})", js_number(x), x.to_bits())
}

/// One call and what it did.
#[derive(Debug, Clone)]
pub struct CallRun {
    /// The call's text, `f(1, -0)`.
    pub call: String,
    /// Its arguments as JS evaluated them.
    pub args: Vec<f64>,
    /// Its result.
    pub outcome: Outcome,
    /// The foreign calls it made, `name(arg,...)`, the arguments as JS's
    /// `String` prints them (but `-0`).
    pub trace: Vec<String>,
}

/// What one side (an engine, the wasm, the stored expectations) did.
#[derive(Debug, Clone)]
pub struct Run {
    /// Its name in reports: `node`, `spidermonkey`, `wasm`, `stored`.
    pub side: String,
    /// An engine's: whether it ran the module as asm.js.
    pub validation: Option<Validation>,
    /// The calls, in order.
    pub calls: Vec<CallRun>,
    /// [`fnv1a`] of the heap after the last call.
    pub heap_hash: u32,
    /// The heap's bytes, when known (the hash always is).
    pub heap: Option<Vec<u8>>,
}

impl Run {
    /// How many foreign calls the calls made.
    pub fn foreign_calls(&self) -> usize {
        self.calls.iter().map(|c| c.trace.len()).sum()
    }

    /// The calls' texts and arguments, to make the same calls elsewhere.
    pub fn inputs(&self) -> impl Iterator<Item = (&str, &[f64])> {
        self.calls.iter().map(|c| (c.call.as_str(), c.args.as_slice()))
    }

    /// This run without the calls of `functions` (`spidermonkey-differs`).
    #[must_use]
    pub fn without_calls_of(&self, functions: &[&str]) -> Run {
        let mut run = self.clone();
        run.calls.retain(|c| !call_name(&c.call).is_some_and(|f| functions.contains(&f)));
        run
    }
}

/// Where a call differs.
#[derive(Debug, Clone)]
pub struct CallDiff {
    /// Its index (from 0).
    pub index: usize,
    /// The reference's call text, and the candidate's when it is another.
    pub call: (String, Option<String>),
    /// Both arguments lists, when they differ.
    pub args: Option<(Vec<f64>, Vec<f64>)>,
    /// Both outcomes, when they differ.
    pub outcome: Option<(Outcome, Outcome)>,
    /// The first differing foreign call: its index, and each side's (or
    /// `None` where that side made fewer).
    pub foreign: Option<(usize, Option<String>, Option<String>)>,
}

/// How two runs compare.
#[derive(Debug, Clone)]
pub struct Comparison {
    /// The reference's name.
    pub reference: String,
    /// The candidate's name.
    pub candidate: String,
    /// How many calls each side made.
    pub calls: (usize, usize),
    /// How many foreign calls the reference made.
    pub foreign_calls: usize,
    /// The calls that differ.
    pub differing: Vec<CallDiff>,
    /// Both heap hashes.
    pub heap_hashes: (u32, u32),
    /// When the heaps differ and both sides' bytes are known: the first
    /// differing bytes (up to 16), offset and each side's byte; and the
    /// lengths, when they differ.
    pub heap_bytes: Vec<(usize, u8, u8)>,
    /// Both heaps' lengths, when known.
    pub heap_lengths: Option<(usize, usize)>,
}

/// `1 call`, `2 calls`.
fn count(n: usize, what: &str) -> String {
    if n == 1 { format!("1 {what}") } else { format!("{n} {what}s") }
}

/// How many differing calls a comparison shows.
const CALLS_SHOWN: usize = 30;

/// How many differing bytes of the heap a comparison shows.
const HEAP_BYTES_SHOWN: usize = 16;

/// Compare `candidate` with `reference`, call by call, then the heap.
pub fn compare(reference: &Run, candidate: &Run) -> Comparison {
    let mut differing = Vec::new();
    for (index, (r, c)) in reference.calls.iter().zip(&candidate.calls).enumerate() {
        let args_same = r.args.len() == c.args.len()
            && r.args.iter().zip(&c.args).all(|(a, b)| same_number(*a, *b));
        let foreign = (r.trace != c.trace).then(|| {
            let longer = r.trace.len().max(c.trace.len());
            let i = (0..longer).find(|&i| r.trace.get(i) != c.trace.get(i)).unwrap_or(longer);
            (i, r.trace.get(i).cloned(), c.trace.get(i).cloned())
        });
        let d = CallDiff {
            index,
            call: (r.call.clone(), (r.call != c.call).then(|| c.call.clone())),
            args: (!args_same).then(|| (r.args.clone(), c.args.clone())),
            outcome: (!r.outcome.same(&c.outcome)).then(|| (r.outcome.clone(), c.outcome.clone())),
            foreign,
        };
        if d.call.1.is_some() || d.args.is_some() || d.outcome.is_some() || d.foreign.is_some() {
            differing.push(d);
        }
    }
    let (mut heap_bytes, mut heap_lengths) = (Vec::new(), None);
    if let (Some(a), Some(b)) = (&reference.heap, &candidate.heap) {
        heap_lengths = Some((a.len(), b.len()));
        heap_bytes = a
            .iter()
            .zip(b)
            .enumerate()
            .filter(|(_, (x, y))| x != y)
            .take(HEAP_BYTES_SHOWN)
            .map(|(i, (x, y))| (i, *x, *y))
            .collect();
    }
    Comparison {
        reference: reference.side.clone(),
        candidate: candidate.side.clone(),
        calls: (reference.calls.len(), candidate.calls.len()),
        foreign_calls: reference.foreign_calls(),
        differing,
        heap_hashes: (reference.heap_hash, candidate.heap_hash),
        heap_bytes,
        heap_lengths,
    }
}

impl Comparison {
    /// No difference at all.
    pub fn agrees(&self) -> bool {
        self.calls.0 == self.calls.1 && self.differing.is_empty() && self.heap_agrees()
    }

    fn heap_agrees(&self) -> bool {
        self.heap_hashes.0 == self.heap_hashes.1
            && self.heap_bytes.is_empty()
            && self.heap_lengths.is_none_or(|(a, b)| a == b)
    }

    /// One line: what agreed, or what differed.
    pub fn summary(&self) -> String {
        let (r, c) = (&self.reference, &self.candidate);
        if self.agrees() {
            return format!(
                "{r} and {c} agree: {}, {}, heap {:08x}",
                count(self.calls.0, "call"),
                count(self.foreign_calls, "foreign call"),
                self.heap_hashes.0
            );
        }
        let mut what = Vec::new();
        if self.calls.0 != self.calls.1 {
            what.push(format!("{r} made {} calls, {c} {}", self.calls.0, self.calls.1));
        }
        if !self.differing.is_empty() {
            what.push(format!("{} of {} calls", self.differing.len(), self.calls.0));
        }
        if !self.heap_agrees() {
            what.push("the heap".into());
        }
        format!("{r} and {c} differ: {}", what.join(", "))
    }

    /// Every difference, a few lines each: the call, both results, the
    /// first differing foreign call, then the heap's hashes and first
    /// differing bytes. Empty when they agree.
    pub fn details(&self) -> String {
        let (r, c) = (&self.reference, &self.candidate);
        let w = r.len().max(c.len()) + 2;
        let mut out = String::new();
        for d in &self.differing[..self.differing.len().min(CALLS_SHOWN)] {
            let _ = writeln!(out, "call {} of {}: {}", d.index + 1, self.calls.0, d.call.0);
            if let Some(other) = &d.call.1 {
                let _ = writeln!(out, "  {c} made another call there: {other}");
            }
            if let Some((a, b)) = &d.args {
                let list =
                    |v: &[f64]| v.iter().map(|&x| js_number(x)).collect::<Vec<_>>().join(", ");
                let _ = writeln!(out, "  arguments: {r} ({}), {c} ({})", list(a), list(b));
            }
            if let Some((a, b)) = &d.outcome {
                let _ = writeln!(out, "  {:w$}{a}", format!("{r}:"));
                let _ = writeln!(out, "  {:w$}{b}", format!("{c}:"));
            }
            if let Some((i, a, b)) = &d.foreign {
                let none = || "no call".to_string();
                let _ = writeln!(
                    out,
                    "  foreign call {}: {r} {}, {c} {}",
                    i + 1,
                    a.clone().unwrap_or_else(none),
                    b.clone().unwrap_or_else(none)
                );
            }
        }
        if self.differing.len() > CALLS_SHOWN {
            let _ = writeln!(
                out,
                "({} more differing calls not shown)",
                self.differing.len() - CALLS_SHOWN
            );
        }
        if !self.heap_agrees() {
            let _ = writeln!(
                out,
                "heap: {r} {:08x}, {c} {:08x}",
                self.heap_hashes.0, self.heap_hashes.1
            );
            if let Some((a, b)) = self.heap_lengths.filter(|(a, b)| a != b) {
                let _ = writeln!(out, "  lengths: {r} {a} bytes, {c} {b} bytes");
            }
            if !self.heap_bytes.is_empty() {
                let _ = writeln!(out, "  first differing bytes:");
            }
            for (offset, a, b) in &self.heap_bytes {
                let _ = writeln!(out, "  {offset:>8} ({offset:#x}): {r} {a:02x}, {c} {b:02x}");
            }
        }
        out
    }
}
