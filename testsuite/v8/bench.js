// The reference side of the examples bench: time one call of an asm.js
// module in V8, as asm.js (checked with %IsAsmWasmCode).
//
// Usage: node --allow-natives-syntax bench.js FILE CALL RUNS
// CALL is `name(args)`, as in a `// bench:` line. Prints one JSON object:
//   {"asm": true, "name": "f", "args": [bits...], "result": bits, "ms": [RUNS times]}
// where bits are the 16 hex digits of a double.
// The call is made once first, untimed, to let V8 tier up; each timed run
// starts from a fresh instance on a fresh heap, so every run does the same
// work (the bench in Rust does the same with wasmtime).
'use strict';
const fs = require('fs');
const vm = require('vm');

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function bits(x) {
  f64[0] = x;
  return u32[1].toString(16).padStart(8, '0') + u32[0].toString(16).padStart(8, '0');
}

const [file, call, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const src = fs.readFileSync(file, 'utf8');
const heapLine = src.match(/^\/\/\s*heap:\s*(\d+)/m);
const heapSize = heapLine ? Number(heapLine[1]) : 65536;
const context = vm.createContext({});
const M = vm.runInContext(src + '\n;M', context, { filename: file });
const stdlib = vm.runInContext('globalThis', context);
const ArrayBufferC = vm.runInContext('ArrayBuffer', context);
// Foreign functions do nothing and return 0, as in the Rust side of the
// bench; V8 links only data properties, so the names are taken from the source.
const foreign = {};
for (const f of src.matchAll(/\.\s*([A-Za-z_$][\w$]*)/g)) foreign[f[1]] = () => 0;
const m = call.match(/^([A-Za-z_$][\w$]*)\((.*)\)$/);
if (!m) throw new Error('bad call: ' + call);
const args = vm.runInContext('[' + m[2] + ']', context);

function instance() {
  const exports = M(stdlib, foreign, new ArrayBufferC(heapSize));
  return typeof exports === 'function' ? exports : exports[m[1]];
}

let result = instance().apply(null, args);
const ms = [];
for (let i = 0; i < runs; i++) {
  const fn = instance();
  const start = process.hrtime.bigint();
  const r = fn.apply(null, args);
  ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  if (!Object.is(r, result)) throw new Error('run ' + i + ' gave ' + r + ', the first gave ' + result);
}
if (!%IsAsmWasmCode(M)) throw new Error(file + ': V8 did not run this as asm.js');
process.stdout.write(JSON.stringify({ asm: true, name: m[1], args: args.map(bits), result: bits(result), ms }) + '\n');
