// Ask V8 whether each asm.js module of a whole (npm corpus) file validates.
//
// Usage: node --allow-natives-syntax corpus-verdict.js FILE [LO:HI]...
//
// LO:HI are the byte offsets of each module function's text in FILE (the
// spans asm2wasm's report gives). Prints one JSON object:
//   {"file", "directives": {"use_asm": N, "almost_asm": N},
//    "modules": [{"lo", "hi", "v8": "valid"|"invalid", "message"}, ...]}
// `directives` counts the directive-shaped strings in the text, an
// independent check that the spans cover every module.
//
// Running the file itself would run its whole program (an Emscripten
// runtime, a Lua VM...), and V8 validates an asm.js module only when the
// module function is first called. So each module function's text is
// evaluated alone, as a function expression in a fresh `vm` context, and
// called with that context's global object as stdlib, a foreign object whose
// every property the text names is a function, and a 16 MiB heap.
// V8 reports a validation failure as the process warning
// "Invalid asm.js: REASON" and a link failure (after a successful
// validation) as "Linking failure in asm.js: REASON"; `%IsAsmWasmCode(fn)`
// is true when the module validated and linked.
'use strict';
const fs = require('fs');
const vm = require('vm');

const HEAP = 16 * 1024 * 1024;

// V8 links foreign imports only from data properties, so give every name that
// follows a `.` in the module's text a function value (a function is also a
// fine int or double import: it converts to NaN, then to 0).
function foreignFor(src) {
  const foreign = {};
  for (const m of src.matchAll(/\.\s*([A-Za-z_$][\w$]*)/g)) foreign[m[1]] = function () { return 0; };
  return foreign;
}

let warnings = [];
process.removeAllListeners('warning');
process.on('warning', (w) => warnings.push(String(w.message)));

// V8's verdict on one module's text, read from the warnings it emits.
async function verdict(text) {
  warnings = [];
  const context = vm.createContext({});
  let fn;
  try {
    fn = vm.runInContext('(' + text + '\n)', context);
  } catch (e) {
    return { v8: 'error', message: 'the module text does not evaluate: ' + e.message };
  }
  if (typeof fn !== 'function') return { v8: 'error', message: 'the module text is not a function' };
  const stdlib = vm.runInContext('globalThis', context);
  const heap = new (vm.runInContext('ArrayBuffer', context))(HEAP);
  try {
    fn(stdlib, foreignFor(text), heap);
  } catch (e) {
    // A module that V8 refused runs as plain JS and may throw: the warning tells.
  }
  const asm = %IsAsmWasmCode(fn);
  // Node emits process warnings on a later turn of the event loop.
  await new Promise((res) => setImmediate(res));
  // A warning reads "evalmachine.<anonymous>:LINE Invalid asm.js: REASON";
  // the line is the module text's own, so only the reason is kept.
  for (const w of warnings) {
    const m = /Invalid asm\.js: (.*)/.exec(w);
    if (m) return { v8: 'invalid', message: m[1].trim() };
  }
  for (const w of warnings) {
    const m = /Linking failure in asm\.js: (.*)/.exec(w);
    if (m) return { v8: 'valid', message: 'validated, then failed to link: ' + m[1].trim() };
  }
  if (asm) return { v8: 'valid', message: '' };
  return { v8: 'error', message: 'V8 neither validated the module nor said why: ' + warnings.join('; ') };
}

(async () => {
  const [file, ...spans] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: node --allow-natives-syntax corpus-verdict.js FILE [LO:HI]...\n');
    process.exit(2);
  }
  const bytes = fs.readFileSync(file);
  const text = bytes.toString('utf8');
  const directives = {
    use_asm: (text.match(/(["'])use asm\1/g) || []).length,
    almost_asm: (text.match(/(["'])almost asm\1/g) || []).length,
  };
  const modules = [];
  for (const span of spans) {
    const [lo, hi] = span.split(':').map(Number);
    const r = await verdict(bytes.subarray(lo, hi).toString('utf8'));
    modules.push({ lo, hi, ...r });
  }
  process.stdout.write(JSON.stringify({ file, directives, modules }) + '\n');
})();
