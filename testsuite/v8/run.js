// The reference run: execute each case's asm.js module in V8 and print what
// every `// run:` call returns, bit for bit.
//
// Usage: node --allow-natives-syntax run.js FILE...
// Prints one JSON object per file:
//   {"file", "asm": true|false, "runs": [{"call", "args": [bits...], "result": bits|null, "trace": [...]}],
//    "heap": "<fnv1a-32 of the heap bytes after the last call, hex>"}
// Numbers travel as the 16 hex digits of their IEEE-754 double bits, so that
// -0, NaN and subnormals survive. "asm" is %IsAsmWasmCode(M): a reference that
// silently fell back to plain JS would not be a reference for asm.js.
'use strict';
const fs = require('fs');
const vm = require('vm');

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function bits(x) {
  f64[0] = x;
  return u32[1].toString(16).padStart(8, '0') + u32[0].toString(16).padStart(8, '0');
}

function directives(src, name) {
  const out = [];
  for (const line of src.split('\n')) {
    const m = line.match(new RegExp('^//\\s*' + name + ':\\s*(.*)$'));
    if (m) out.push(m[1].trim());
  }
  return out;
}

function fnv1a(bytes) {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function runFile(file) {
  const src = fs.readFileSync(file, 'utf8');
  const heapSize = Number(directives(src, 'heap')[0] || 65536);
  const context = vm.createContext({});
  const M = vm.runInContext(src + '\n;M', context, { filename: file });
  const stdlib = vm.runInContext('globalThis', context);
  const buffer = new (vm.runInContext('ArrayBuffer', context))(heapSize);
  let trace = [];
  // The foreign object of the tests: functions record their call and return
  // their first argument (or 0); values are 3.75. Names are taken from the source.
  const foreign = {};
  for (const m of src.matchAll(/\.\s*([A-Za-z_$][\w$]*)/g)) {
    const name = m[1];
    foreign[name] = function () {
      trace.push(name + '(' + Array.from(arguments).map((a) => (Object.is(a, -0) ? '-0' : String(a))).join(',') + ')');
      return arguments.length ? arguments[0] : 0;
    };
  }
  for (const v of directives(src, 'foreign-values')) for (const n of v.split(/[ ,]+/)) foreign[n] = 3.75;
  const exports = M(stdlib, foreign, buffer);
  const asm = %IsAsmWasmCode(M);
  const runs = [];
  for (const call of directives(src, 'run')) {
    const m = call.match(/^([A-Za-z_$][\w$]*)\((.*)\)$/);
    if (!m) throw new Error(file + ': bad run line: ' + call);
    const fn = typeof exports === 'function' ? exports : exports[m[1]];
    const args = vm.runInContext('[' + m[2] + ']', context);
    trace = [];
    const result = fn.apply(null, args);
    runs.push({ call, args: args.map(bits), result: result === undefined ? null : bits(result), trace });
  }
  return { file, asm, runs, heap: fnv1a(new Uint8Array(buffer)) };
}

for (const file of process.argv.slice(2)) {
  let r;
  try {
    r = runFile(file);
  } catch (e) {
    r = { file, error: String(e && e.stack || e) };
  }
  process.stdout.write(JSON.stringify(r) + '\n');
}
