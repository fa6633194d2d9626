//! `src/wasi/libm.js`, the asm.js `Math` that WASI commands link (issue 17),
//! against V8's (Node 20) `Math`: every one of its ten functions must give
//! V8's bits on every input checked, as asm.js in V8 and in SpiderMonkey and
//! translated by asm2wasm into wasm run in wasmtime; and it must touch no
//! heap byte outside its 88 bytes of scratch.
//!
//! The inputs are those of `tests/math.rs` (`common/math_inputs.js`): per
//! function every special value (every pair, for `atan2` and `pow`), then
//! random inputs aimed at each algorithm's branches: `RANDOM` of them in
//! V8, `SUBSET` in wasmtime and SpiderMonkey.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

mod common;

use asm2wasm_run::{Foreign, Limits, Program};
use common::math::{ALL, Tally, report, tallies, v8_math};

/// Random inputs per function in V8, on top of the special values.
const RANDOM: usize = 1_000_000;

/// Random inputs per function in wasmtime and SpiderMonkey.
const SUBSET: usize = 100_000;

/// Where the module's scratch bytes start (`foreign.scratch`): not 0, so
/// that the module is seen to use the address it is given.
const SCRATCH: usize = 1024;

/// The heap bytes the module may use from `SCRATCH` on: the scratch double
/// and `__kernel_rem_pio2`'s 20 chunks (the module's comment).
const USED: usize = 88;

/// The heap's length, and the byte the tests fill it with: every byte
/// outside `SCRATCH..SCRATCH + USED` must keep it.
const HEAP: usize = 65536;
const FILL: u8 = 0xa5;

fn libm_path() -> PathBuf {
    common::root().join("crates/asm2wasm/src/wasi/libm.js")
}

/// Where in the heap the run wrote: the bytes that lost `FILL` outside
/// the scratch bytes (at most 5 of them), and the end of the last one
/// written inside them, relative to `SCRATCH` (0 if none).
fn heap_writes(heap: &[u8]) -> (Vec<usize>, usize) {
    let outside: Vec<usize> = (0..heap.len())
        .filter(|&i| heap[i] != FILL && !(SCRATCH..SCRATCH + USED).contains(&i))
        .take(5)
        .collect();
    let inside = (SCRATCH..SCRATCH + USED).rev().find(|&i| heap[i] != FILL);
    (outside, inside.map_or(0, |i| i + 1 - SCRATCH))
}

/// The Node side of [`libm_matches_v8_in_node`], after the generator: load
/// libm.js as asm.js, check that V8 validated and linked it, compare every
/// function with `Math` on every input, and print the counts as JSON.
const NODE_JS: &str = r"
const fs = require('fs'), vm = require('vm');
const [path, scratch, length, fill, random] = process.argv.slice(-5);
const warnings = [];
process.removeAllListeners('warning');
process.on('warning', (w) => warnings.push(String(w.message)));

const M = vm.runInThisContext(fs.readFileSync(path, 'utf8') + '\n;AsmLibm', { filename: path });
const buffer = new ArrayBuffer(Number(length));
new Uint8Array(buffer).fill(Number(fill));
const lib = M(globalThis, { scratch: Number(scratch) }, buffer);
const asm = %IsAsmWasmCode(M);

const start = Date.now();
const names = ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'exp', 'log', 'atan2', 'pow'];
const counts = {};
for (const n of names) counts[n] = { inputs: 0, mismatches: 0, examples: [] };
const f64 = new Float64Array(1), u32 = new Uint32Array(f64.buffer);
const hex = (x) => { f64[0] = x; return '0x' + u32[1].toString(16).padStart(8, '0') + u32[0].toString(16).padStart(8, '0'); };
// Object.is: bit for bit, but any NaN equal to any NaN.
function check(name, ours, v8, args) {
  const c = counts[name];
  c.inputs++;
  if (Object.is(ours, v8)) return;
  c.mismatches++;
  if (c.examples.length < 5) {
    c.examples.push('Math.' + name + '(' + args.join(', ') + '): V8 ' + v8 + ' (' + hex(v8) + '), libm.js ' + ours + ' (' + hex(ours) + ')');
  }
}
mathInputs(Number(random),
  (x) => {
    check('sin', lib.sin(x), Math.sin(x), [x]);
    check('cos', lib.cos(x), Math.cos(x), [x]);
    check('tan', lib.tan(x), Math.tan(x), [x]);
    check('asin', lib.asin(x), Math.asin(x), [x]);
    check('acos', lib.acos(x), Math.acos(x), [x]);
    check('atan', lib.atan(x), Math.atan(x), [x]);
    check('exp', lib.exp(x), Math.exp(x), [x]);
    check('log', lib.log(x), Math.log(x), [x]);
  },
  (y, x) => check('atan2', lib.atan2(y, x), Math.atan2(y, x), [y, x]),
  (x, y) => check('pow', lib.pow(x, y), Math.pow(x, y), [x, y]));
const ms = Date.now() - start;
// V8's asm.js messages arrive as warnings on a later tick.
setImmediate(() => {
  const heap = Array.from(new Uint8Array(buffer));
  console.log(JSON.stringify({ asm, warnings, counts, ms, heap }));
});
";

#[test]
fn libm_matches_v8_in_node() {
    let start = Instant::now();
    let out = common::node()
        .arg("--allow-natives-syntax")
        .arg("-e")
        .arg(format!("{}\n{NODE_JS}", common::math::INPUTS_JS))
        .arg(libm_path())
        .args([SCRATCH, HEAP, usize::from(FILL), RANDOM].map(|n| n.to_string()))
        .output()
        .expect("run node");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "node failed ({}):\n{stderr}", out.status);
    assert!(!stderr.contains("asm.js"), "V8 complained about the asm.js:\n{stderr}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("Node's JSON");
    assert_eq!(v["asm"], true, "V8 did not validate and link libm.js as asm.js: {}", v["warnings"]);
    assert_eq!(v["warnings"].as_array().unwrap().len(), 0, "V8's warnings: {}", v["warnings"]);

    let tallies: Vec<(&str, Tally)> = ALL
        .iter()
        .map(|name| {
            let c = &v["counts"][name];
            let count = |k: &str| c[k].as_u64().unwrap() as usize;
            let examples = c["examples"].as_array().unwrap();
            let examples = examples.iter().map(|e| e.as_str().unwrap().to_string()).collect();
            (*name, Tally { inputs: count("inputs"), mismatches: count("mismatches"), examples })
        })
        .collect();
    let heap: Vec<u8> =
        v["heap"].as_array().unwrap().iter().map(|b| b.as_u64().unwrap() as u8).collect();
    let (outside, used) = heap_writes(&heap);
    eprintln!(
        "libm.js in V8: compared in {} ms ({:.1} s in all); wrote {used} of its {USED} scratch bytes",
        v["ms"],
        start.elapsed().as_secs_f64()
    );
    report("libm.js in V8:", &tallies, RANDOM);
    assert!(outside.is_empty(), "libm.js wrote heap bytes outside its scratch: {outside:?}");
}

/// The imports of `wasm`, as `module.name`.
fn imports(wasm: &[u8]) -> Vec<String> {
    let mut names = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let wasmparser::Payload::ImportSection(r) = payload.unwrap() {
            for i in r.into_imports() {
                let i = i.unwrap();
                names.push(format!("{}.{}", i.module, i.name));
            }
        }
    }
    names
}

/// The foreign object of the translated module: `foreign.scratch` alone.
struct Scratch;

impl Foreign for Scratch {
    fn call(&mut self, name: &str, _args: &[f64]) -> f64 {
        panic!("libm.js called foreign.{name}")
    }
    fn value(&mut self, name: &str) -> f64 {
        assert_eq!(name, "scratch", "libm.js read foreign.{name}");
        SCRATCH as f64
    }
}

#[test]
fn translated_libm_matches_v8_in_wasmtime() {
    let start = Instant::now();
    let text = std::fs::read_to_string(libm_path()).unwrap();
    // What `asm2wasm check` says: one module, valid, without a warning.
    let checked = asm2wasm::check_source("libm.js", text);
    assert!(checked.diagnostics.is_empty(), "asm2wasm check: {:?}", checked.diagnostics);
    let modules: Vec<&str> = checked.modules.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(modules, ["AsmLibm"]);
    let opts = asm2wasm::codegen::Options { heap_size: HEAP as u32, ..Default::default() };
    let wasm = checked.translate(0, &opts).expect("translate libm.js");
    common::wabt_validate("wasi/libm", &wasm);
    assert_eq!(
        imports(&wasm),
        ["foreign.scratch"],
        "the wasm imports the scratch address and nothing else (no `Math`)"
    );
    let program = Program::compile(&wasm, Limits::default()).unwrap();
    let mut inst = program.instantiate(Box::new(Scratch)).unwrap();
    inst.memory().unwrap().fill(FILL);
    let ready = start.elapsed();

    let mut tallies = tallies();
    v8_math(SUBSET, |f, args, v8| {
        let (name, tally) = &mut tallies[f];
        let ours = inst.call(name, args).unwrap().unwrap();
        tally.check(name, args, v8, ours, "the wasm");
    });
    let (outside, used) = heap_writes(inst.memory().unwrap());
    eprintln!(
        "libm.js in wasmtime: {} bytes of wasm, translated and compiled in {:.1} s, \
         compared in {:.1} s; wrote {used} of its {USED} scratch bytes",
        wasm.len(),
        ready.as_secs_f64(),
        start.elapsed().saturating_sub(ready).as_secs_f64()
    );
    report("libm.js translated, in wasmtime:", &tallies, SUBSET);
    assert!(outside.is_empty(), "the wasm wrote heap bytes outside its scratch: {outside:?}");
}

/// The SpiderMonkey side of [`libm_matches_v8_in_spidermonkey`], after the
/// generator: load libm.js, check that SpiderMonkey compiled it as asm.js
/// and linked it, compare every function with V8's results (a file of
/// doubles in the stream's order) on the same inputs, and print the counts
/// and the heap as JSON.
const SPIDERMONKEY_JS: &str = r"
var args = scriptArgs;
var path = args[0], scratch = Number(args[1]), length = Number(args[2]), fill = Number(args[3]);
var random = Number(args[4]), expected = new Float64Array(os.file.readFile(args[5], 'binary').buffer);
load(path); // defines AsmLibm
var buffer = new ArrayBuffer(length);
new Uint8Array(buffer).fill(fill);
var lib = AsmLibm(this, { scratch: scratch }, buffer);
var names = ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'exp', 'log'];
var linked = names.concat(['atan2', 'pow']).every(function (n) { return isAsmJSFunction(lib[n]); });
var counts = {}, at = 0;
names.concat(['atan2', 'pow']).forEach(function (n) { counts[n] = [0, 0, '']; });
function check(name, ours, args) {
  var c = counts[name], v8 = expected[at++];
  c[0]++;
  if (!Object.is(ours, v8)) {
    if (c[1]++ === 0) c[2] = 'Math.' + name + '(' + args.join(', ') + '): V8 ' + v8 + ', libm.js ' + ours;
  }
}
mathInputs(random,
  function (x) { names.forEach(function (n) { check(n, lib[n](x), [x]); }); },
  function (y, x) { check('atan2', lib.atan2(y, x), [y, x]); },
  function (x, y) { check('pow', lib.pow(x, y), [x, y]); });
print(JSON.stringify({ asm: isAsmJSModule(AsmLibm), linked: linked, read: at, expected: expected.length,
  counts: counts, heap: Array.from(new Uint8Array(buffer)) }));
";

/// The SpiderMonkey shell's verdict and run, with V8's results for `SUBSET`
/// random inputs in a file beside.
fn spidermonkey_run(dir: &Path) -> serde_json::Value {
    let mut v8 = Vec::new();
    v8_math(SUBSET, |_, _, r| v8.extend_from_slice(&r.to_le_bytes()));
    let expected = dir.join("libm-v8.f64");
    std::fs::write(&expected, &v8).unwrap();
    let script = dir.join("libm-spidermonkey.js");
    std::fs::write(&script, format!("{}\n{SPIDERMONKEY_JS}", common::math::INPUTS_JS)).unwrap();
    let out = Command::new(common::spidermonkey())
        .arg("-w")
        .arg(&script)
        .arg(libm_path())
        .args([SCRATCH, HEAP, usize::from(FILL), SUBSET].map(|n| n.to_string()))
        .arg(&expected)
        .output()
        .expect("run the SpiderMonkey shell");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the SpiderMonkey shell failed ({}):\n{stderr}", out.status);
    assert!(
        !stderr.contains("asm.js type error") && !stderr.contains("asm.js link error"),
        "SpiderMonkey refused libm.js as asm.js:\n{stderr}"
    );
    serde_json::from_slice(&out.stdout).expect("the shell's JSON")
}

#[test]
fn libm_matches_v8_in_spidermonkey() {
    let start = Instant::now();
    // `js -w -c`: compiled, not run, as the validator tests ask it.
    let verdict = common::spidermonkey_verdict(&libm_path());
    assert_eq!(verdict.0, "accept", "SpiderMonkey refuses libm.js as asm.js: {}", verdict.1);

    let dir = std::env::temp_dir().join(format!("asm2wasm-libm-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let v = spidermonkey_run(&dir);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(v["asm"], true, "SpiderMonkey did not compile libm.js as asm.js");
    assert_eq!(v["linked"], true, "SpiderMonkey did not link libm.js as asm.js");
    assert_eq!(v["read"], v["expected"], "SpiderMonkey's inputs are not V8's");
    let tallies: Vec<(&str, Tally)> = ALL
        .iter()
        .map(|name| {
            let c = &v["counts"][name];
            let example = c[2].as_str().unwrap().to_string();
            let tally = Tally {
                inputs: c[0].as_u64().unwrap() as usize,
                mismatches: c[1].as_u64().unwrap() as usize,
                examples: if example.is_empty() { vec![] } else { vec![example] },
            };
            (*name, tally)
        })
        .collect();
    let heap: Vec<u8> =
        v["heap"].as_array().unwrap().iter().map(|b| b.as_u64().unwrap() as u8).collect();
    let (outside, used) = heap_writes(&heap);
    eprintln!(
        "libm.js in SpiderMonkey: checked in {:.1} s; wrote {used} of its {USED} scratch bytes",
        start.elapsed().as_secs_f64()
    );
    report("libm.js in SpiderMonkey:", &tallies, SUBSET);
    assert!(outside.is_empty(), "libm.js wrote heap bytes outside its scratch: {outside:?}");
}
