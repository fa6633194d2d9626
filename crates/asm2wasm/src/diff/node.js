// The Node side of `asm2wasm diff` (and of tests/run.rs): run one asm.js
// module in V8 and print, bit for bit, what each call gave.
//
// Usage: node --allow-natives-syntax node.js JOB.json
// The job, written by crates/asm2wasm/src/diff/engine.rs:
//   {"file", "source": "(function M(stdlib, foreign, heap) {...})",
//    "heap": bytes, "values": [names], "calls": ["f(1, -0)", ...], "heapOut": path|null}
// `source` is the module's function alone, cut out of the file and preceded
// by blank lines, so that V8's messages give the file's line numbers.
// Prints one JSON object:
//   {"asm": true|false, "reason", "runs": [{"call", "args": [bits...],
//    "result": bits|null, "threw"?, "trace": [...]}], "heap": "<fnv1a-32, hex>"}
// or {"error"} when the module cannot be set up. Numbers travel as the 16 hex
// digits of their IEEE-754 bits, so that -0, NaN and subnormals survive.
// "asm" is %IsAsmWasmCode(M) after instantiation: false when V8 refused the
// module (or failed to link it) and ran it as plain JS; "reason" is then
// V8's own message ("Invalid asm.js: ..."), which Node re-emits as a
// process warning.
'use strict';
const fs = require('fs');
const vm = require('vm');

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function bits(x) {
  f64[0] = x;
  return u32[1].toString(16).padStart(8, '0') + u32[0].toString(16).padStart(8, '0');
}

function fnv1a(bytes) {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function show(a) {
  return Object.is(a, -0) ? '-0' : String(a);
}

function run(job) {
  const context = vm.createContext({});
  const M = vm.runInContext(job.source, context, { filename: job.file });
  const stdlib = vm.runInContext('globalThis', context);
  const buffer = new (vm.runInContext('ArrayBuffer', context))(job.heap);
  let trace = [];
  // The foreign object: every name that follows a `.` in the module is a
  // function that records its call and returns its first argument (or 0);
  // the names of `values` are the number 3.75. V8 links foreign imports
  // only from data properties, so each is one.
  const foreign = {};
  for (const m of job.source.matchAll(/\.\s*([A-Za-z_$][\w$]*)/g)) {
    const name = m[1];
    foreign[name] = function () {
      trace.push(name + '(' + Array.from(arguments, show).join(',') + ')');
      return arguments.length ? arguments[0] : 0;
    };
  }
  for (const name of job.values) foreign[name] = 3.75;
  const exports = M(stdlib, foreign, buffer);
  const asm = %IsAsmWasmCode(M);
  const runs = [];
  for (const call of job.calls) {
    const c = call.match(/^\s*([A-Za-z_$][\w$]*)\s*\(([\s\S]*)\)\s*$/);
    if (!c) throw new Error('not a call: ' + call);
    const fn = typeof exports === 'function' ? exports : exports[c[1]];
    const args = vm.runInContext('[' + c[2] + ']', context);
    trace = [];
    const r = { call, args: args.map(bits), result: null, trace };
    try {
      const result = fn.apply(null, args);
      if (result !== undefined) r.result = bits(result);
    } catch (e) {
      r.threw = String(e);
    }
    runs.push(r);
  }
  const heap = new Uint8Array(buffer);
  if (job.heapOut) fs.writeFileSync(job.heapOut, heap);
  return { asm, reason: '', runs, heap: fnv1a(heap) };
}

const warnings = [];
process.removeAllListeners('warning');
process.on('warning', (w) => warnings.push(String(w.message)));

let result;
try {
  result = run(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')));
} catch (e) {
  result = { error: String((e && e.stack) || e) };
}
// V8's asm.js messages arrive as warnings on a later tick.
setImmediate(() => {
  if (result.asm === false) result.reason = warnings.filter((w) => w.includes('asm.js')).join('; ');
  process.stdout.write(JSON.stringify(result) + '\n');
});
