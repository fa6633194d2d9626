//! The wasmtime host's `Math` imports against V8's (Node 20): every one of
//! the ten functions must give V8's bits on every input checked.
//!
//! Node generates the inputs (`common/math_inputs.js`: a fixed xoshiro128**
//! stream, so every run checks the same ones), calls its `Math`, and streams
//! inputs and results back (`common/math.rs`); the test calls
//! `asm2wasm_run::math` on the same inputs and compares bit for bit (any NaN
//! equals any NaN: JS cannot tell payloads apart). Per function: every
//! special value (or every pair of them, for `atan2` and `pow`), then
//! `RANDOM` inputs drawn from families aimed at each algorithm's branches.

use std::time::Instant;

mod common;

use common::math::{report, tallies, v8_math};

/// Random inputs per function, on top of the special values.
const RANDOM: usize = 1_000_000;

#[test]
fn host_math_matches_v8() {
    let start = Instant::now();
    let mut tallies = tallies();
    v8_math(RANDOM, |f, args, v8| {
        let (name, tally) = &mut tallies[f];
        tally.check(name, args, v8, asm2wasm_run::math(name, args).unwrap(), "the host");
    });
    eprintln!("checked in {:.1} s", start.elapsed().as_secs_f64());
    report("the host's", &tallies, RANDOM);
}
