//! `src/wasi/dtoa.js`, the asm.js `console.log` of a double that WASI
//! commands link, against V8's own (Node 20): on every input its text must
//! be `String(x)` (`-0` for -0, as `console.log` writes it), as asm.js in
//! V8 and translated by asm2wasm into wasm run in Node's `WebAssembly`;
//! and it must touch no heap byte outside its 16 KiB of scratch.
//!
//! The inputs (`dtoaInputs` below, plain JavaScript run inside the one
//! Node process of each test): the edge cases (zeros, NaN, the infinities,
//! the subnormals' and normals' ends, `Number.MAX_VALUE`, the two ends of
//! fixed notation `1e21` and `1e-7` with their neighbours, every power of 2
//! and of 10 with their neighbours, integers, round-half-even ties), then
//! `RANDOM` doubles from random 64-bit patterns and `SHORT` random short
//! decimals, from a fixed xorshift128 stream: every run checks the same
//! ones. The edge cases come with their negations.

use std::path::PathBuf;
use std::time::Instant;

mod common;

/// Doubles from random 64-bit patterns.
const RANDOM: usize = 200_000;

/// Random decimals of 1 to 17 digits, of either sign.
const SHORT: usize = 100_000;

/// Where the module's scratch bytes start (`foreign.scratch`): not 0, so
/// that the module is seen to use the address it is given.
const SCRATCH: usize = 1024;

/// The heap bytes the module may use from `SCRATCH` on.
const USED: usize = 16384;

/// The heap's length, and the byte the tests fill it with: every byte
/// outside `SCRATCH..SCRATCH + USED` must keep it.
const HEAP: usize = 65536;
const FILL: u8 = 0xa5;

fn dtoa_path() -> PathBuf {
    common::root().join("crates/asm2wasm/src/wasi/dtoa.js")
}

/// The inputs and the comparison, in plain JavaScript: `dtoaInputs(random,
/// short, visit)` calls `visit(x)` on every input, `compareDtoa(dtoa, heap,
/// ...)` compares a `dtoa` writing into `heap` with `String` on all of them.
const COMPARE_JS: &str = r"
function dtoaInputs(random, short, visit) {
  const f64 = new Float64Array(1), u32 = new Uint32Array(f64.buffer), u64 = new BigUint64Array(f64.buffer);
  const both = (x) => { visit(x); visit(-x); };
  // x and the k doubles on each side of it (by bit pattern)
  const near = (x, k) => {
    for (let d = -k; d <= k; d++) {
      f64[0] = x;
      u64[0] = BigInt.asUintN(64, u64[0] + BigInt(d));
      both(f64[0]);
    }
  };
  // xorshift128, fixed seed
  let s0 = 0x9e3779b9, s1 = 0x243f6a88, s2 = 0xb7e15162, s3 = 0x2545f491;
  const next = () => {
    let t = s3;
    const s = s0;
    s3 = s2; s2 = s1; s1 = s;
    t ^= t << 11; t ^= t >>> 8;
    s0 = (t ^ s ^ (s >>> 19)) | 0;
    return s0 >>> 0;
  };

  both(0); both(NaN); both(Infinity);
  near(5e-324, 3);
  near(2.2250738585072014e-308, 3); // the least normal
  near(2.225073858507201e-308, 1); // the greatest subnormal
  near(Number.MAX_VALUE, 3);
  near(1e21, 3); near(1e-7, 3); near(1e-6, 3); near(999999999999999900000, 2);
  for (const x of [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2,
    9007199254740993, 123456789012345680000, Math.PI, Math.E, Number.EPSILON, 1.5, 2.5, 0.5,
    1125899906842624.25, 1125899906842624.75, 4.35, 0.000001, 0.0000001, 1e-323, 2 ** -1022 - 2 ** -1074]) {
    near(x, 2);
  }
  for (let e = -1074; e <= 1023; e++) near(2 ** e, 1);
  for (let e = -324; e <= 308; e++) near(Number('1e' + e), 1);
  for (let i = 0; i <= 20000; i++) both(i);
  for (let i = 0; i < 64; i++) { both(2 ** 31 + i - 32); both(2 ** 32 + i - 32); both(Number.MAX_SAFE_INTEGER - i); }
  // ties: x = n + odd / 2^s with a gap of 2^-s, where two shortest
  // candidates can be equally near (V8 takes the even one)
  for (let s = 1; s <= 20; s++) {
    for (let i = 0; i < 50; i++) {
      const n = 2 ** (52 - s) + (next() % 2 ** (Math.min(31, 52 - s)));
      both(n + (2 * (next() % 2 ** Math.min(s - 1, 30)) + 1) / 2 ** s);
    }
  }
  for (let i = 0; i < random; i++) {
    u32[0] = next(); u32[1] = next();
    visit(f64[0]);
  }
  for (let i = 0; i < short; i++) {
    const n = 1 + next() % 17;
    let digits = String(1 + next() % 9);
    for (let k = 1; k < n; k++) digits += String(next() % 10);
    // a quarter near fixed notation's range, the rest anywhere
    const e = i % 4 === 0 ? (next() % 40) - 20 : (next() % 660) - 340;
    visit((next() & 1 ? -1 : 1) * Number(digits + 'e' + e));
  }
}

function compareDtoa(dtoa, heap, scratch, used, fill, random, short) {
  let inputs = 0, mismatches = 0, longest = 0;
  const examples = [], f64 = new Float64Array(1), u32 = new Uint32Array(f64.buffer);
  const start = Date.now();
  dtoaInputs(random, short, (x) => {
    inputs++;
    const want = Object.is(x, -0) ? '-0' : String(x);
    const n = dtoa(x);
    let same = n === want.length;
    for (let i = 0; same && i < n; i++) same = heap[scratch + i] === want.charCodeAt(i);
    if (n > longest) longest = n;
    if (!same) {
      mismatches++;
      if (examples.length < 10) {
        const m = Math.max(0, Math.min(n | 0, 64));
        const got = String.fromCharCode(...heap.subarray(scratch, scratch + m));
        f64[0] = x;
        const bits = '0x' + u32[1].toString(16).padStart(8, '0') + u32[0].toString(16).padStart(8, '0');
        examples.push(bits + ': V8 ' + JSON.stringify(want) + ', dtoa.js ' + JSON.stringify(got) + ' (length ' + n + ')');
      }
    }
  });
  const ms = Date.now() - start;
  // Bytes written outside the scratch bytes, and the end of the last one
  // written inside them
  const outside = [];
  let high = 0;
  for (let i = 0; i < heap.length; i++) {
    if (heap[i] === fill) continue;
    if (i < scratch || i >= scratch + used) { if (outside.length < 5) outside.push(i); }
    else high = i + 1 - scratch;
  }
  return { inputs, mismatches, examples, longest, ms, outside, high };
}

const [scratch, length, fill, used, random, short] = process.argv.slice(-6).map(Number);
";

/// The V8 side: load dtoa.js as asm.js, check that V8 validated and
/// linked it, compare, and print the counts as JSON.
const ASM_JS: &str = r"
const fs = require('fs'), vm = require('vm');
const path = process.argv[process.argv.length - 7];
const warnings = [];
process.removeAllListeners('warning');
process.on('warning', (w) => warnings.push(String(w.message)));

const M = vm.runInThisContext(fs.readFileSync(path, 'utf8') + '\n;AsmDtoa', { filename: path });
const buffer = new ArrayBuffer(length);
new Uint8Array(buffer).fill(fill);
const lib = M(globalThis, { scratch }, buffer);
const asm = %IsAsmWasmCode(M);
const result = compareDtoa(lib.dtoa, new Uint8Array(buffer), scratch, used, fill, random, short);
// V8's asm.js messages arrive as warnings on a later tick.
setImmediate(() => console.log(JSON.stringify({ asm, warnings, ...result })));
";

/// The wasm side: instantiate the translation (its one import the scratch
/// address), compare in its own memory, print the counts as JSON.
const WASM_JS: &str = r"
const fs = require('fs');
const module = new WebAssembly.Module(fs.readFileSync(process.argv[process.argv.length - 7]));
const instance = new WebAssembly.Instance(module, { foreign: { scratch } });
const heap = new Uint8Array(instance.exports.memory.buffer);
heap.fill(fill);
const result = compareDtoa(instance.exports.dtoa, heap, scratch, used, fill, random, short);
console.log(JSON.stringify({ length: heap.length, ...result }));
";

/// Run `script` (after [`COMPARE_JS`]) in Node on `file`, and read its JSON.
fn node_run(script: &str, file: &std::path::Path) -> serde_json::Value {
    let out = common::node()
        .arg("--allow-natives-syntax")
        .arg("-e")
        .arg(format!("{COMPARE_JS}\n{script}"))
        .arg(file)
        .args([SCRATCH, HEAP, usize::from(FILL), USED, RANDOM, SHORT].map(|n| n.to_string()))
        .output()
        .expect("run node");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "node failed ({}):\n{stderr}", out.status);
    assert!(!stderr.contains("asm.js"), "V8 complained about the asm.js:\n{stderr}");
    serde_json::from_slice(&out.stdout).expect("Node's JSON")
}

/// Assert that `v` (what `compareDtoa` returned) shows no mismatch and no
/// write outside the scratch bytes, and say what was compared.
fn check(who: &str, v: &serde_json::Value, start: Instant) {
    let inputs = v["inputs"].as_u64().unwrap() as usize;
    let mismatches = v["mismatches"].as_u64().unwrap();
    eprintln!(
        "{who}: {inputs} doubles compared with String(x) in {} ms ({:.1} s in all); \
         longest text {} bytes; wrote {} of its {USED} scratch bytes",
        v["ms"],
        start.elapsed().as_secs_f64(),
        v["longest"],
        v["high"],
    );
    assert!(inputs >= RANDOM + SHORT, "{who}: only {inputs} inputs");
    assert_eq!(mismatches, 0, "{who}: {mismatches} mismatches, such as:\n{:#}", v["examples"]);
    assert_eq!(
        v["outside"].as_array().unwrap().len(),
        0,
        "{who} wrote heap bytes outside its scratch: {}",
        v["outside"]
    );
    assert!(v["longest"].as_u64().unwrap() <= 25, "{who}: a text longer than 25 bytes");
}

#[test]
fn dtoa_matches_v8_as_asm_js() {
    let start = Instant::now();
    let v = node_run(ASM_JS, &dtoa_path());
    assert_eq!(v["asm"], true, "V8 did not validate and link dtoa.js as asm.js: {}", v["warnings"]);
    assert_eq!(v["warnings"].as_array().unwrap().len(), 0, "V8's warnings: {}", v["warnings"]);
    check("dtoa.js in V8", &v, start);
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

#[test]
fn translated_dtoa_matches_v8() {
    let start = Instant::now();
    let text = std::fs::read_to_string(dtoa_path()).unwrap();
    // What `asm2wasm check` says: one module, valid, without a warning.
    let checked = asm2wasm::check_source("dtoa.js", text);
    assert!(checked.diagnostics.is_empty(), "asm2wasm check: {:?}", checked.diagnostics);
    let modules: Vec<&str> = checked.modules.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(modules, ["AsmDtoa"]);
    // As the WASI commands translate it (src/wasi/mod.rs).
    let opts = asm2wasm::codegen::Options {
        heap_checks: asm2wasm::codegen::HeapChecks::Trap,
        heap_size: HEAP as u32,
        ..Default::default()
    };
    let wasm = checked.translate(0, &opts).expect("translate dtoa.js");
    wasmparser::validate(&wasm).expect("the translation is valid wasm");
    assert_eq!(
        imports(&wasm),
        ["foreign.scratch"],
        "the wasm imports the scratch address and nothing else (no `Math`)"
    );
    let dir = std::env::temp_dir().join(format!("asm2wasm-dtoa-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("dtoa.wasm");
    std::fs::write(&path, &wasm).unwrap();
    let ready = start.elapsed();
    let v = node_run(WASM_JS, &path);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(v["length"], HEAP, "the wasm's memory is the heap");
    eprintln!(
        "dtoa.js translated: {} bytes of wasm, translated in {:.1} s",
        wasm.len(),
        ready.as_secs_f64()
    );
    check("dtoa.js translated, in Node's WebAssembly", &v, start);
}
