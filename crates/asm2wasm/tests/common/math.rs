//! V8's `Math` on the inputs of `math_inputs.js`, for the tests that compare
//! a `Math` with it (`tests/math.rs`: the runner's host functions;
//! `tests/libm.rs`: the asm.js libm and its translation).
//!
//! Node generates the inputs (`mathInputs`: a fixed xoshiro128** stream, so
//! every run checks the same ones), calls its `Math`, and streams inputs and
//! results as raw little-endian doubles; [`v8_math`] reads them back one
//! record at a time. Results compare bit for bit, any NaN equal to any NaN
//! (JS cannot tell NaN payloads apart).

use std::io::{BufReader, Read};
use std::process::Stdio;

/// The generator: `special` (the special values) and
/// `mathInputs(N, unary, atan2, pow)`, in plain JavaScript without Node's API.
pub const INPUTS_JS: &str = include_str!("math_inputs.js");

/// The one-argument functions, in the order of the stream's records.
pub const UNARY: [&str; 8] = ["sin", "cos", "tan", "asin", "acos", "atan", "exp", "log"];

/// All ten: [`UNARY`], then `atan2(y, x)` and `pow(x, y)`.
pub const ALL: [&str; 10] =
    ["sin", "cos", "tan", "asin", "acos", "atan", "exp", "log", "atan2", "pow"];

/// The stream's writer, after [`INPUTS_JS`]: three f64 counts (unary
/// inputs, atan2 pairs, pow pairs), then the unary records
/// `x, sin(x) .. log(x)`, the atan2 records `y, x, atan2(y, x)` and the pow
/// records `x, y, pow(x, y)`.
const WRITER_JS: &str = r"
const fs = require('fs');
const N = Number(process.argv[process.argv.length - 1]);

let out = new Float64Array(1 << 16), at = 0;
function flush() {
  const b = new Uint8Array(out.buffer, 0, at * 8);
  let done = 0;
  while (done < b.length) {
    try { done += fs.writeSync(1, b, done, b.length - done); }
    catch (e) { if (e.code !== 'EAGAIN') throw e; }
  }
  at = 0;
}
function put(...v) {
  if (at + v.length > out.length) flush();
  for (const x of v) out[at++] = x;
}

const S = special.length;
put(S + N, S * S + N, S * S + N);
mathInputs(N,
  (x) => put(x, Math.sin(x), Math.cos(x), Math.tan(x), Math.asin(x),
    Math.acos(x), Math.atan(x), Math.exp(x), Math.log(x)),
  (y, x) => put(y, x, Math.atan2(y, x)),
  (x, y) => put(x, y, Math.pow(x, y)));
flush();
";

/// Read the next double of Node's stream.
fn read_f64(r: &mut impl Read) -> f64 {
    let mut b = [0u8; 8];
    r.read_exact(&mut b).expect("Node's stream ended early (its error is printed above)");
    f64::from_le_bytes(b)
}

/// Run the generator in Node with `random` random inputs per function, and
/// call `visit(f, args, v8)` for every function (`ALL[f]`) and input, in
/// the stream's order: each special value then each random one with the
/// eight [`UNARY`] functions in turn, then the `atan2` pairs, then the `pow`
/// pairs.
pub fn v8_math(random: usize, mut visit: impl FnMut(usize, &[f64], f64)) {
    let mut child = super::node()
        .arg("-e")
        .arg(format!("{INPUTS_JS}\n{WRITER_JS}"))
        .arg(random.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start node");
    let mut r = BufReader::with_capacity(1 << 20, child.stdout.take().unwrap());
    let unary = read_f64(&mut r) as usize;
    let binary = [read_f64(&mut r) as usize, read_f64(&mut r) as usize];
    for _ in 0..unary {
        let x = read_f64(&mut r);
        for f in 0..UNARY.len() {
            visit(f, &[x], read_f64(&mut r));
        }
    }
    for (count, f) in binary.into_iter().zip(UNARY.len()..) {
        for _ in 0..count {
            let (a, b, v8) = (read_f64(&mut r), read_f64(&mut r), read_f64(&mut r));
            visit(f, &[a, b], v8);
        }
    }
    let mut rest = Vec::new();
    r.read_to_end(&mut rest).unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "node failed ({status}): its error is printed above");
    assert!(rest.is_empty(), "Node wrote {} bytes more than it announced", rest.len());
}

/// Bit for bit, any NaN equal to any NaN.
pub fn same(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}

/// The inputs and mismatches of one function, with the first few mismatches.
#[derive(Default)]
pub struct Tally {
    pub inputs: usize,
    pub mismatches: usize,
    pub examples: Vec<String>,
}

impl Tally {
    /// Count one input: `ours` (named `who`) against V8's `v8`.
    pub fn check(&mut self, name: &str, args: &[f64], v8: f64, ours: f64, who: &str) {
        self.inputs += 1;
        if !same(ours, v8) {
            self.mismatches += 1;
            if self.examples.len() < 5 {
                let args: Vec<String> = args.iter().map(|a| format!("{a:e}")).collect();
                self.examples.push(format!(
                    "Math.{name}({}): V8 {v8:e} ({:#018x}), {who} {ours:e} ({:#018x})",
                    args.join(", "),
                    v8.to_bits(),
                    ours.to_bits()
                ));
            }
        }
    }
}

/// One [`Tally`] per function of [`ALL`], in that order.
pub fn tallies() -> Vec<(&'static str, Tally)> {
    ALL.iter().map(|name| (*name, Tally::default())).collect()
}

/// Print each function's counts (`what`: who was compared) and fail on any
/// mismatch, or on a function with `min_inputs` inputs or fewer.
pub fn report(what: &str, tallies: &[(&str, Tally)], min_inputs: usize) {
    let mut failures = Vec::new();
    for (name, t) in tallies {
        eprintln!("{what} Math.{name}: {} of {} inputs differ from V8", t.mismatches, t.inputs);
        assert!(t.inputs > min_inputs, "{what} Math.{name}: only {} inputs checked", t.inputs);
        if t.mismatches > 0 {
            failures.push(format!(
                "Math.{name}: {} of {} inputs differ, e.g.\n  {}",
                t.mismatches,
                t.inputs,
                t.examples.join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "{what}: Math differs from V8's:\n{}", failures.join("\n"));
}
