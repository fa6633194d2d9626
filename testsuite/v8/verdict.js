// Ask V8 whether each case file's asm.js module validates.
//
// Usage: node --allow-natives-syntax verdict.js FILE...
// Prints one JSON object per line: {"file", "v8": "accept"|"reject"|"n/a", "message"}.
//
// A case defines a top-level `function M(stdlib, foreign, heap) { "use asm"; ... }`.
// V8 validates an asm.js module when it is first instantiated, so the module is
// called with the real stdlib, a foreign object whose every property is a
// function, and a 64 KiB heap; `%IsAsmWasmCode(M)` then says whether V8 took
// the asm.js path. V8's own reason ("Invalid asm.js: ...") goes to stderr as a
// warning, which Node re-emits as a process warning: it becomes "message".
'use strict';
const fs = require('fs');
const vm = require('vm');

// V8 links foreign imports only from data properties, so give every name that
// follows a `.` in the source a function value.
function foreignFor(src) {
  const foreign = {};
  for (const m of src.matchAll(/\.\s*([A-Za-z_$][\w$]*)/g)) foreign[m[1]] = function () { return 0; };
  return foreign;
}

function verdict(file) {
  const src = fs.readFileSync(file, 'utf8');
  const context = vm.createContext({});
  let M;
  try {
    M = vm.runInContext(src + '\n;typeof M === "function" ? M : undefined', context, { filename: file });
  } catch (e) {
    return { v8: 'reject', message: 'script error: ' + e.message };
  }
  if (typeof M !== 'function') return { v8: 'n/a', message: 'no top-level function M' };
  const stdlib = vm.runInContext('globalThis', context);
  const heap = new (vm.runInContext('ArrayBuffer', context))(0x10000);
  try {
    M(stdlib, foreignFor(src), heap);
  } catch (e) {
    // A module that throws while running as plain JS is still judged by V8's flag.
  }
  return { v8: %IsAsmWasmCode(M) ? 'accept' : 'reject', message: '' };
}

let warnings = [];
process.removeAllListeners('warning');
process.on('warning', (w) => warnings.push(String(w.message)));

(async () => {
  for (const file of process.argv.slice(2)) {
    warnings = [];
    let r;
    try {
      r = verdict(file);
    } catch (e) {
      r = { v8: 'reject', message: 'harness error: ' + e.message };
    }
    await new Promise((res) => setImmediate(res));
    if (!r.message) r.message = warnings.join('; ');
    process.stdout.write(JSON.stringify({ file, ...r }) + '\n');
  }
})();
