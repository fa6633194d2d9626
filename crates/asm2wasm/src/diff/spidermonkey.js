// The SpiderMonkey 58 side of `asm2wasm diff` (and of tests/run.rs): the
// job and the JSON of node.js, run in the shell.
//
// Usage: js -w spidermonkey.js JOB.json
// "asm" is true when SpiderMonkey compiled the module as asm.js
// (isAsmJSModule) and linked it (every export isAsmJSFunction); otherwise it
// ran the module as plain JS. Its reason is a warning on stderr
// ("asm.js type error: ...", "asm.js link error: ..."), which `-w` prints
// and diff reads there.
'use strict';
var f64 = new Float64Array(1);
var u32 = new Uint32Array(f64.buffer);
function hex8(n) {
  var s = n.toString(16);
  while (s.length < 8) s = '0' + s;
  return s;
}
function bits(x) {
  f64[0] = x;
  return hex8(u32[1]) + hex8(u32[0]);
}
function fnv1a(bytes) {
  var h = 0x811c9dc5;
  for (var i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return hex8(h);
}
function show(a) {
  return Object.is(a, -0) ? '-0' : String(a);
}
function linked(exports) {
  if (typeof exports === 'function') return isAsmJSFunction(exports);
  return Object.keys(exports).every(function (k) { return isAsmJSFunction(exports[k]); });
}
function run(job) {
  var g = newGlobal();
  g.globalThis = g; // ES2020, which SpiderMonkey 58 predates
  var M = g.evaluate(job.source, { fileName: job.file });
  var buffer = new g.ArrayBuffer(job.heap);
  var trace = [];
  function record(name, args) {
    trace.push(name + '(' + Array.prototype.map.call(args, show).join(',') + ')');
    return args.length ? args[0] : 0;
  }
  // The foreign object, as in node.js, made in the module's global: asm.js
  // links only functions of its own compartment (a wrapper of one of ours
  // is "FFI imports must be functions", and plain JS).
  var foreign = g.evaluate('({})');
  var make = g.evaluate('(function (name, record) { return function () { return record(name, arguments); }; })');
  var re = /\.\s*([A-Za-z_$][\w$]*)/g;
  var m;
  while ((m = re.exec(job.source)) !== null) foreign[m[1]] = make(m[1], record);
  job.values.forEach(function (name) { foreign[name] = 3.75; });
  var exports = M(g, foreign, buffer);
  var asm = isAsmJSModule(M) && linked(exports);
  var runs = job.calls.map(function (call) {
    var c = call.match(/^\s*([A-Za-z_$][\w$]*)\s*\(([\s\S]*)\)\s*$/);
    if (!c) throw new Error('not a call: ' + call);
    var fn = typeof exports === 'function' ? exports : exports[c[1]];
    var args = g.evaluate('[' + c[2] + ']');
    trace = [];
    var r = { call: call, args: Array.prototype.map.call(args, bits), result: null, trace: trace };
    try {
      var result = fn.apply(null, args);
      if (result !== undefined) r.result = bits(result);
    } catch (e) {
      r.threw = String(e);
    }
    return r;
  });
  // A copy in this global: the buffer belongs to the module's.
  var heap = new Uint8Array(new Uint8Array(buffer));
  if (job.heapOut) os.file.writeTypedArrayToFile(job.heapOut, heap);
  return { asm: asm, reason: '', runs: runs, heap: fnv1a(heap) };
}
var result;
try {
  result = run(JSON.parse(read(scriptArgs[0])));
} catch (e) {
  result = { error: String((e && e.stack) || e) };
}
print(JSON.stringify(result));
