// The reference for `asm2wasm --wasi`: runs an asm.js module in Node (V8)
// with the host interface that `--wasi` puts inside the wasm, and exits as
// the WASI command does.
//
//   node asmjs-host.cjs FILE.js MODULE ENTRY HEAP_SIZE [ARGS...]
//
// foreign.print writes its (int) arguments separated by spaces and a
// newline; foreign.printString the heap's bytes from its argument up to the
// first NUL or the heap's end, as they are, and a newline; foreign.abort
// writes `error: foreign.abort(ARGS) was called` on stderr and exits with
// status 4. ENTRY gets ARGS as numbers; its int result is the exit status.
'use strict';
const fs = require('fs');
const vm = require('vm');

const [file, name, entry, heapSize, ...args] = process.argv.slice(2);
const make = vm.runInThisContext(`${fs.readFileSync(file, 'utf8')}\n;${name}`, { filename: file });
const heap = new ArrayBuffer(Number(heapSize));
const bytes = new Uint8Array(heap);
const out = (fd, text) => fs.writeSync(fd, text);
const foreign = {
  print: (...xs) => { out(1, xs.join(' ') + '\n'); return 0; },
  printString: (p) => {
    let end = p >>> 0;
    while (end < bytes.length && bytes[end] !== 0) end++;
    if ((p >>> 0) < bytes.length) fs.writeSync(1, bytes, p >>> 0, end - (p >>> 0));
    out(1, '\n');
    return 0;
  },
  abort: (...xs) => {
    out(2, `error: foreign.abort(${xs.join(', ')}) was called\n`);
    process.exit(4);
  },
};
const api = make(globalThis, foreign, heap);
const f = typeof api === 'function' ? api : api[entry];
const result = f(...args.map(Number));
process.exitCode = result === undefined ? 0 : (result | 0) & 255;
