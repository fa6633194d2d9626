// The second reference run: execute a case's asm.js module in the
// SpiderMonkey 58 shell and print what every `// run:` call returns, in the
// JSON of testsuite/v8/run.js (numbers as the 16 hex digits of their bits).
//
// Usage: js testsuite/spidermonkey/run.js FILE
// "asm" is isAsmJSModule(M): SpiderMonkey runs a module it refuses as plain
// JS, whose results must be the same.
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
function directives(src, name) {
  var out = [];
  var re = new RegExp('^//\\s*' + name + ':\\s*(.*)$');
  src.split('\n').forEach(function (line) {
    var m = line.match(re);
    if (m) out.push(m[1].trim());
  });
  return out;
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
function runFile(file) {
  var src = read(file);
  var heapSize = Number(directives(src, 'heap')[0] || 65536);
  var g = newGlobal();
  g.globalThis = g; // ES2020; the examples name their global so
  var M = g.evaluate(src + '\n;M', { fileName: file });
  var buffer = new g.ArrayBuffer(heapSize);
  var trace = [];
  // The foreign object of the tests, as in testsuite/v8/run.js.
  var foreign = {};
  var re = /\.\s*([A-Za-z_$][\w$]*)/g;
  var m;
  while ((m = re.exec(src)) !== null) {
    (function (name) {
      foreign[name] = function () {
        trace.push(name + '(' + Array.prototype.map.call(arguments, show).join(',') + ')');
        return arguments.length ? arguments[0] : 0;
      };
    })(m[1]);
  }
  directives(src, 'foreign-values').forEach(function (v) {
    v.split(/[ ,]+/).forEach(function (n) { foreign[n] = 3.75; });
  });
  var exports = M(g, foreign, buffer);
  var runs = directives(src, 'run').map(function (call) {
    var c = call.match(/^([A-Za-z_$][\w$]*)\((.*)\)$/);
    if (!c) throw new Error(file + ': bad run line: ' + call);
    var fn = typeof exports === 'function' ? exports : exports[c[1]];
    var args = g.evaluate('[' + c[2] + ']');
    trace = [];
    var result = fn.apply(null, args);
    return { call: call, args: Array.prototype.map.call(args, bits),
             result: result === undefined ? null : bits(result), trace: trace };
  });
  return { file: file, asm: isAsmJSModule(M), runs: runs, heap: fnv1a(new Uint8Array(buffer)) };
}
var r;
try {
  r = runFile(scriptArgs[0]);
} catch (e) {
  r = { file: scriptArgs[0], error: String(e && e.stack || e) };
}
print(JSON.stringify(r));
