//! One wasm for every heap length: `testsuite/heap/lengths.js`, translated
//! once with an imported memory, runs with every legal heap length from
//! 4 KiB (below one wasm page, told through `asm2wasm:heap_length`) to
//! 48 MiB, and gives what V8 gives when it links the asm.js with a heap of
//! that length: every result bit for bit, and the heap's hash.

mod common;

use asm2wasm::diff::fnv1a;
use asm2wasm_run::{Limits, Program, Recorder};

/// Legal heap lengths: 2^12 to 2^24 by powers of two, and multiples of 2^24.
const LENGTHS: [u32; 9] = [4096, 8192, 32768, 65536, 131072, 1 << 20, 1 << 24, 2 << 24, 3 << 24];

/// The calls for heap length `n`, as JS source.
fn calls(n: u32) -> Vec<String> {
    let n = i64::from(n);
    let mut c = Vec::new();
    for a in [0, 8, n - 16, n - 8, n - 4, n - 2, n - 1, n, n + 4, n + 8, -8, -4, 0x7ffffff8] {
        c.push(format!("probe({a})"));
    }
    for a in [n - 8, n - 4, n, -8] {
        c.push(format!("readDouble({a})"));
        c.push(format!("readFloat({a})"));
    }
    for (from, to) in [(0, 64), (n - 64, n), (n - 30, n + 30), (n, n + 64), (-16, 16)] {
        c.push(format!("fill({from}, {to})"));
    }
    for b in [0, n - 48, n - 44, n - 40, n - 12, n, -8] {
        c.push(format!("words({b})"));
    }
    c.push("literals()".into());
    c.push("length()".into());
    c
}

#[test]
fn one_wasm_runs_with_every_heap_length() {
    let path = common::root().join("testsuite/heap/lengths.js");
    let text = std::fs::read_to_string(&path).unwrap();
    let opts = asm2wasm::codegen::Options { import_memory: true, ..Default::default() };
    let report = asm2wasm::check_source("heap/lengths.js", text);
    let wasm = report.translate(0, &opts).unwrap();
    common::wabt_validate("heap/lengths", &wasm);
    let mut program = Program::compile(&wasm, Limits::default()).unwrap();

    // V8: one fresh context per length, each checked to be asm.js.
    let plan: Vec<(u32, Vec<String>)> = LENGTHS.iter().map(|&n| (n, calls(n))).collect();
    let script = format!(
        r"
        const vm = require('vm'), fs = require('fs');
        const src = fs.readFileSync({path:?}, 'utf8');
        const f64 = new Float64Array(1), u = new BigUint64Array(f64.buffer);
        const bits = (v) => {{ f64[0] = v; return u[0].toString(16); }};
        const fnv = (b) => {{ let h = 0x811c9dc5; for (const x of b) h = Math.imul(h ^ x, 0x01000193) >>> 0; return h; }};
        for (const [n, calls] of {plan}) {{
            const cx = vm.createContext({{}});
            const M = vm.runInContext(src + '\n;M', cx);
            const buffer = new (vm.runInContext('ArrayBuffer', cx))(n);
            const e = M(vm.runInContext('globalThis', cx), {{}}, buffer);
            if (!%IsAsmWasmCode(M)) throw new Error('V8 did not link the module with a heap of ' + n);
            const out = calls.map((c) => bits(vm.runInContext('(e) => e.' + c, cx)(e)));
            console.log(n + ' ' + out.join(' ') + ' ' + fnv(new Uint8Array(buffer)));
        }}",
        path = path.display().to_string(),
        plan = serde_json::to_string(&plan).unwrap(),
    );
    let out = common::node().arg("--allow-natives-syntax").arg("-e").arg(script).output().unwrap();
    assert!(out.status.success(), "node: {}", String::from_utf8_lossy(&out.stderr));
    let v8 = String::from_utf8(out.stdout).unwrap();

    let mut failures = Vec::new();
    for ((n, calls), line) in plan.iter().zip(v8.lines()) {
        let theirs: Vec<&str> = line.split(' ').collect();
        assert_eq!(theirs[0], n.to_string());
        program.set_heap_length(*n);
        let mut inst = program.instantiate(Box::new(Recorder::default())).unwrap();
        for (call, want) in calls.iter().zip(&theirs[1..]) {
            let (name, args) = call.trim_end_matches(')').split_once('(').unwrap();
            let args: Vec<f64> =
                args.split(", ").filter(|a| !a.is_empty()).map(|a| a.parse().unwrap()).collect();
            let got = inst.call(name, &args).unwrap().unwrap();
            let want = f64::from_bits(u64::from_str_radix(want, 16).unwrap());
            if got.to_bits() != want.to_bits() && !(got.is_nan() && want.is_nan()) {
                failures.push(format!("heap {n}: {call}: V8 gives {want}, the wasm {got}"));
            }
        }
        let heap = fnv1a(inst.memory().unwrap());
        if heap.to_string() != *theirs.last().unwrap() {
            failures.push(format!("heap {n}: heap hash {heap}, V8's {}", theirs.last().unwrap()));
        }
    }
    assert_eq!(v8.lines().count(), LENGTHS.len(), "{v8}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
