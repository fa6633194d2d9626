// The reference for `asm2wasm --wasi`: runs an asm.js module in Node (V8)
// with the host interface that `--wasi` puts inside the wasm, and exits as
// the WASI command does.
//
//   node asmjs-host.cjs FILE.js MODULE ENTRY HEAP_SIZE [--print-result] [ARGS...]
//
// foreign.print (and foreign.log, the same console.log) writes its
// arguments as console.log does (numbers in JS's shortest form, -0 as
// `-0`), separated by spaces, and a newline; foreign.printString the heap's bytes from its argument up to the
// first NUL or the heap's end, as they are, and a newline; foreign.abort
// writes `error: foreign.abort(ARGS) was called` on stderr and exits with
// status 4. ENTRY gets ARGS as numbers; its int result is the exit status,
// or with --print-result its result is printed and the status is 0.
'use strict';
const fs = require('fs');
const vm = require('vm');

const [file, name, entry, heapSize, ...rest] = process.argv.slice(2);
const printResult = rest[0] === '--print-result';
const args = printResult ? rest.slice(1) : rest;
const text = (x) => (Object.is(x, -0) ? '-0' : String(x));
const make = vm.runInThisContext(`${fs.readFileSync(file, 'utf8')}\n;${name}`, { filename: file });
const heap = new ArrayBuffer(Number(heapSize));
const bytes = new Uint8Array(heap);
const out = (fd, text) => fs.writeSync(fd, text);
const foreign = {
  print: (...xs) => { out(1, xs.map(text).join(' ') + '\n'); return 0; },
  printString: (p) => {
    let end = p >>> 0;
    while (end < bytes.length && bytes[end] !== 0) end++;
    if ((p >>> 0) < bytes.length) fs.writeSync(1, bytes, p >>> 0, end - (p >>> 0));
    out(1, '\n');
    return 0;
  },
  abort: (...xs) => {
    out(2, `error: foreign.abort(${xs.map(text).join(', ')}) was called\n`);
    process.exit(4);
  },
};
foreign.log = foreign.print;
const api = make(globalThis, foreign, heap);
const f = typeof api === 'function' ? api : api[entry];
const result = f(...args.map(Number));
if (printResult) {
  if (result !== undefined) foreign.print(result);
} else {
  process.exitCode = result === undefined ? 0 : (result | 0) & 255;
}
