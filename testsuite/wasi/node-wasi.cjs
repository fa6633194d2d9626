// Runs a WASI preview1 command in Node's `node:wasi`, as `asm2wasm run`
// does in wasmtime: `node node-wasi.cjs APP.wasm [ARGS...]`. The command gets
// its file's name and ARGS as arguments, no environment, no directory; its
// stdout and stderr are Node's; Node exits with the command's status.
'use strict';
const fs = require('fs');
const path = require('path');
const { WASI } = require('node:wasi');

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node node-wasi.cjs APP.wasm [ARGS...]');
  process.exit(2);
}
// Quiet the "WASI is an experimental feature" warning on stderr.
process.removeAllListeners('warning');
const wasi = new WASI({
  version: 'preview1',
  args: [path.basename(file), ...args],
  env: {},
  preopens: {},
  returnOnExit: true,
});
const compiled = new WebAssembly.Module(fs.readFileSync(file));
const instance = new WebAssembly.Instance(compiled, wasi.getImportObject());
let status;
try {
  status = wasi.start(instance);
} catch (e) {
  console.error(`trap: ${e.message}`);
  status = 4;
}
process.exitCode = status;
