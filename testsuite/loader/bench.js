// The Node side of `cargo bench --bench loader`: one example, as asm.js or
// through the loader, timed in this process.
//
// Usage: node --allow-natives-syntax bench.js PROGRAM asm|loader CALL RUNS SOURCE
// PROGRAM is an example with a tail that exports `make(foreign)`: a fresh
// instance on a fresh heap (`new ArrayBuffer`, which the loader rewrites).
// Prints one JSON object: {"startup": ms, "ms": [RUNS times], "result": String(result)}
// where startup is loading the program and making the first instance (the
// asm.js validation and compilation, or the wasm compilation and
// instantiation); then one untimed call, then RUNS calls, each on a fresh instance.
// SOURCE is the asm.js program, whose names make the foreign object.
'use strict';
const fs = require('fs');
const path = require('path');
const [file, side, call, runsArg, source] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const src = fs.readFileSync(source || file, 'utf8');
// Foreign functions do nothing and return 0, as in testsuite/v8/bench.js.
const foreign = {};
for (const f of src.matchAll(/\.\s*([A-Za-z_$][\w$]*)/g)) foreign[f[1]] = () => 0;
const m = call.match(/^([A-Za-z_$][\w$]*)\((.*)\)$/);
if (!m) throw new Error('bad call: ' + call);
const args = Function('return [' + m[2] + ']')();

const t0 = process.hrtime.bigint();
const make = require(path.resolve(file));
const first = make(foreign);
const startup = Number(process.hrtime.bigint() - t0) / 1e6;
if (side === 'asm' && !%IsAsmWasmCode(make.M)) throw new Error(file + ': V8 did not run this as asm.js');
const fn = (e) => (typeof e === 'function' ? e : e[m[1]]);
const result = fn(first).apply(null, args);
const ms = [];
for (let i = 0; i < runs; i++) {
  const f = fn(make(foreign));
  const start = process.hrtime.bigint();
  const r = f.apply(null, args);
  ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  if (!Object.is(r, result)) throw new Error('run ' + i + ' gave ' + r + ', the first gave ' + result);
}
process.stdout.write(JSON.stringify({ startup, ms, result: String(result) }) + '\n');
