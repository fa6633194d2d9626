//! Deterministic mutation fuzzing: every testsuite case, mutated over and over
//! (at least 100,000 inputs in all), goes through `check`. No input may panic
//! or hang. The coverage-guided twin of this test is `fuzz/` (cargo-fuzz).

mod common;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

const TOTAL: usize = 100_000;
const SLOW: Duration = Duration::from_secs(10);

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

#[test]
fn mutated_cases_never_panic_or_hang() {
    let cases = common::cases("validate");
    assert!(!cases.is_empty());
    let per_case = TOTAL.div_ceil(cases.len());
    let texts: Vec<String> = cases.into_iter().map(|c| c.text).collect();
    let half = texts.len() / 2;
    let chunks: Vec<Vec<String>> = vec![texts[..half].to_vec(), texts[half..].to_vec()];
    // Keep the default panic message out of the way; a panic is reported below.
    std::panic::set_hook(Box::new(|_| {}));
    let workers: Vec<_> = chunks
        .into_iter()
        .enumerate()
        .map(|(w, chunk)| {
            std::thread::Builder::new()
                .stack_size(asm2wasm::STACK_SIZE)
                .spawn(move || {
                    let mut problems = Vec::new();
                    let mut count = 0usize;
                    for (i, text) in chunk.iter().enumerate() {
                        let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ ((w * 100_000 + i) as u64 + 1));
                        for _ in 0..per_case {
                            let input = mutate(text, &mut rng);
                            let start = Instant::now();
                            let r = catch_unwind(AssertUnwindSafe(|| {
                                asm2wasm::check_source("mutant.js", input.clone())
                            }));
                            count += 1;
                            if r.is_err() {
                                problems.push(format!("panic on input:\n{input}"));
                            } else if start.elapsed() > SLOW {
                                problems
                                    .push(format!("took {:?} on input:\n{input}", start.elapsed()));
                            }
                        }
                    }
                    (count, problems)
                })
                .unwrap()
        })
        .collect();
    let mut total = 0;
    let mut problems = Vec::new();
    for w in workers {
        let (count, mut p) = w.join().unwrap();
        total += count;
        problems.append(&mut p);
    }
    let _ = std::panic::take_hook();
    assert!(total >= TOTAL, "only {total} inputs");
    assert!(
        problems.is_empty(),
        "{} bad inputs of {total}; first:\n{}",
        problems.len(),
        problems[0]
    );
}
