//! Deterministic mutation fuzzing: every testsuite case, mutated over and over
//! (at least 100,000 inputs in all), goes through `check`, and every mutant
//! that validates goes on through translation: each of its modules in each of
//! `asm2wasm::fuzz::configurations()` (exact heap checks with inlining, and
//! trapping heap checks without), and the bytes through `wasmparser::validate`,
//! independently of the validation `codegen::compile` does itself. No input
//! may panic or hang, no valid module may fail to translate, and no output may
//! be invalid wasm; each failure is reported with its input. The per-input
//! work is `asm2wasm::fuzz::translate_all`, shared with the coverage-guided
//! twins of this test in `fuzz/` (cargo-fuzz, nightly):
//! `cargo fuzz run check ../testsuite/validate` and
//! `cargo fuzz run translate ../testsuite/validate`.
//!
//! `cargo test -p asm2wasm --test mutate -- --nocapture` shows how many
//! mutants were valid and how many modules were translated.

mod common;

use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

const TOTAL: usize = 100_000;
const SLOW: Duration = Duration::from_secs(10);
/// The fewest mutants that must validate (and so be translated): a floor a
/// little below the measured figure (7,697 of 100,423 when it was set), so
/// that a change to the mutator or the testsuite that stops exercising
/// codegen is noticed.
const MIN_VALID: usize = 7_000;

/// Fragments that take asm.js to interesting places.
const TOKENS: &[&str] = &[
    "|0",
    ">>>0",
    "+",
    "-",
    "~~",
    "!",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ";",
    ",",
    "=",
    "?",
    ":",
    ".5",
    "0x7fffffff",
    "4294967296",
    "-2147483648",
    "1e400",
    ">>2",
    ">>3",
    "&3",
    "fround(",
    "imul(",
    "return ",
    "var x = 0;",
    "break ",
    "continue ",
    "case 1:",
    "default:",
    "switch (0) {",
    "while (1) ",
    "do ",
    "for (;;) ",
    "if (0) ",
    "else ",
    "l: ",
    "function g() {}",
    "\"use asm\";",
    "'almost asm';",
    "this",
    "=>",
    "`t`",
    "let ",
    "const ",
    "/*",
    "*/",
    "//",
    "\"",
    "'",
    "\\",
    "\u{2028}",
    "é",
    "\0",
    "H32",
    "HF64",
    "stdlib",
    "foreign",
    "heap",
    "Math",
    "new ",
    ".",
    "0.0",
    "1",
    "x",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One to four edits of `text`.
fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut s = text.to_string();
    for _ in 0..=rng.below(4) {
        let len = s.len();
        let at = char_boundary(&s, rng.below(len + 1));
        match rng.below(6) {
            0 => s.insert_str(at, TOKENS[rng.below(TOKENS.len())]),
            1 => {
                let end = char_boundary(&s, (at + 1 + rng.below(12)).min(len));
                s.replace_range(at..end.max(at), "");
            }
            2 => {
                let end = char_boundary(&s, (at + 1 + rng.below(40)).min(len));
                let piece = s[at..end.max(at)].to_string();
                s.insert_str(at, &piece);
            }
            3 => {
                // Swap two lines.
                let mut lines: Vec<&str> = s.lines().collect();
                let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                if !lines.is_empty() {
                    lines.swap(a, b);
                }
                s = lines.join("\n");
            }
            4 => {
                // Replace a digit with another number.
                if let Some(p) = s[at..].find(|c: char| c.is_ascii_digit()) {
                    let p = at + p;
                    s.replace_range(
                        p..=p,
                        ["0", "1", "2147483648", "4294967295", "3.5", "-1", "1048576"]
                            [rng.below(7)],
                    );
                }
            }
            _ => {
                // Delete a whole line.
                let mut lines: Vec<&str> = s.lines().collect();
                if !lines.is_empty() {
                    lines.remove(rng.below(lines.len()));
                }
                s = lines.join("\n");
            }
        }
    }
    s
}

thread_local! {
    /// The last panic's message and place on this thread, kept by the hook
    /// that [`mutated_cases_never_panic_or_hang`] installs.
    static PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// What one worker saw.
#[derive(Default)]
struct Tally {
    inputs: usize,
    valid: usize,
    modules: usize,
    translations: usize,
    problems: Vec<String>,
}

impl Tally {
    /// Run one mutant through `translate_all` and `wasmparser`.
    fn input(&mut self, input: &str) {
        let start = Instant::now();
        PANIC.with(|p| p.borrow_mut().take());
        let r = catch_unwind(AssertUnwindSafe(|| asm2wasm::fuzz::translate_all(input.to_string())));
        self.inputs += 1;
        let problem = match r {
            Err(_) => {
                let why = PANIC.with(|p| p.borrow_mut().take()).unwrap_or_default();
                Some(format!("panic ({why})"))
            }
            Ok(Err(e)) => Some(format!("translation failed: {e}")),
            Ok(Ok(out)) => {
                if out.valid {
                    self.valid += 1;
                    self.modules += out.report.modules.len();
                    self.translations += out.translations.len();
                }
                out.translations.iter().find_map(|t| {
                    wasmparser::validate(&t.wasm).err().map(|e| {
                        format!(
                            "module {} ({}), {} configuration: wasmparser rejects the output: {e}",
                            t.module, out.report.modules[t.module].name, t.config
                        )
                    })
                })
            }
        };
        match problem {
            Some(p) => self.problems.push(format!("{p}; input:\n{input}")),
            None if start.elapsed() > SLOW => {
                self.problems.push(format!("took {:?} on input:\n{input}", start.elapsed()));
            }
            None => {}
        }
    }
}

#[test]
fn mutated_cases_never_panic_or_hang() {
    let cases = common::cases("validate");
    assert!(!cases.is_empty());
    let per_case = TOTAL.div_ceil(cases.len());
    let texts: Vec<String> = cases.into_iter().map(|c| c.text).collect();
    let half = texts.len() / 2;
    let chunks: Vec<Vec<String>> = vec![texts[..half].to_vec(), texts[half..].to_vec()];
    // Keep the default panic message out of the way; a panic is reported
    // below, with its message and place.
    std::panic::set_hook(Box::new(|info| {
        PANIC.with(|p| *p.borrow_mut() = Some(info.to_string()));
    }));
    let workers: Vec<_> = chunks
        .into_iter()
        .enumerate()
        .map(|(w, chunk)| {
            std::thread::Builder::new()
                .stack_size(asm2wasm::STACK_SIZE)
                .spawn(move || {
                    let mut tally = Tally::default();
                    for (i, text) in chunk.iter().enumerate() {
                        let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ ((w * 100_000 + i) as u64 + 1));
                        for _ in 0..per_case {
                            tally.input(&mutate(text, &mut rng));
                        }
                    }
                    tally
                })
                .unwrap()
        })
        .collect();
    let mut all = Tally::default();
    for w in workers {
        let t = w.join().unwrap();
        all.inputs += t.inputs;
        all.valid += t.valid;
        all.modules += t.modules;
        all.translations += t.translations;
        all.problems.extend(t.problems);
    }
    let _ = std::panic::take_hook();
    let Tally { inputs, valid, modules, translations, problems } = all;
    eprintln!(
        "{inputs} mutants: {valid} valid, {modules} modules translated ({translations} translations, each checked by wasmparser)"
    );
    assert!(inputs >= TOTAL, "only {inputs} inputs");
    assert!(
        problems.is_empty(),
        "{} bad inputs of {inputs}; first:\n{}",
        problems.len(),
        problems[0]
    );
    assert!(valid >= MIN_VALID, "only {valid} of {inputs} mutants valid, below {MIN_VALID}");
}
