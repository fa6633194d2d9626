// asm2wasm loader (docs/loader.md): each asm.js module function of the
// program below is replaced by a call of `asm2wasmLoader.link`, which
// instantiates its WebAssembly translation on the program's own heap. The
// heap must come from `asm2wasmLoader.heap(bytes)`, the allocator the
// program's heap allocations were rewritten to call.
var asm2wasmLoader = (function (modules, programId) {
  'use strict';
  var PAGE = 65536;
  // Captured now: a program may replace the globals with the allocator.
  var NativeArrayBuffer = ArrayBuffer, Memory = WebAssembly.Memory;
  var global = typeof globalThis !== 'undefined' ? globalThis : Function('return this')();
  var isNode = typeof process === 'object' && process !== null && !!(process.versions && process.versions.node);
  // ArrayBuffer -> { memory, length, mirror }. `mirror`: a heap below one
  // wasm page, which is the program's own ArrayBuffer, copied into the
  // memory's first bytes when wasm code is entered and back when it is left.
  var heaps = new WeakMap();
  var compiled = [];

  function fail(message) {
    throw new Error('asm2wasm loader: ' + message + ' (docs/loader.md)');
  }

  function validLength(n) {
    return (n >= 4096 && n <= 16777216 && (n & (n - 1)) === 0) ||
      (n > 0 && n <= 0x7f000000 && n % 16777216 === 0);
  }

  // The program's heap allocator: what `new ArrayBuffer(n)` became.
  function heap(n) {
    var bytes = Number(n);
    if (!validLength(bytes)) {
      // Not an asm.js heap: an ordinary buffer, which no module will take.
      return new NativeArrayBuffer(n);
    }
    if (bytes < PAGE) {
      var own = new NativeArrayBuffer(bytes);
      heaps.set(own, { memory: new Memory({ initial: 1 }), length: bytes, mirror: true });
      return own;
    }
    var memory = new Memory({ initial: bytes / PAGE });
    heaps.set(memory.buffer, { memory: memory, length: bytes, mirror: false });
    return memory.buffer;
  }

  // `new Uint32Array(n)` whose `.buffer` is the heap: the same view on a
  // heap of n elements. Any other argument (an array to copy) is left alone.
  function typed(View, n) {
    if (typeof n !== 'number') return new View(n);
    return new View(heap(n * View.BYTES_PER_ELEMENT));
  }

  function base64(text) {
    if (typeof Buffer === 'function' && Buffer.from) {
      var b = Buffer.from(text, 'base64');
      return new Uint8Array(b.buffer, b.byteOffset, b.length);
    }
    var digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    var value = new Uint8Array(128);
    for (var d = 0; d < 64; d++) value[digits.charCodeAt(d)] = d;
    var end = text.length;
    while (end > 0 && text.charAt(end - 1) === '=') end--;
    var out = new Uint8Array((end * 3) >> 2);
    var acc = 0, bits = 0, o = 0;
    for (var i = 0; i < end; i++) {
      acc = (acc << 6) | value[text.charCodeAt(i)];
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[o++] = (acc >> bits) & 255;
      }
    }
    return out;
  }

  // The wasm bytes of module i, synchronously (Node, or inline anywhere).
  function bytesOf(i) {
    var m = modules[i];
    if (m.base64 !== undefined) return base64(m.base64);
    if (isNode && typeof require === 'function' && typeof __dirname === 'string') {
      return require('fs').readFileSync(require('path').join(__dirname, m.file));
    }
    fail('cannot read `' + m.file + '` here (no `require` and `__dirname`): translate with ' +
      '`--emit js --inline` to carry the wasm in the script, or await `asm2wasmReady` in a browser');
  }

  function moduleOf(i) {
    if (compiled[i]) return compiled[i];
    var cache = global.asm2wasmCompiled && global.asm2wasmCompiled[programId];
    if (cache) return (compiled[i] = cache[i]);
    try {
      return (compiled[i] = new WebAssembly.Module(bytesOf(i)));
    } catch (e) {
      if (e instanceof RangeError && !isNode) {
        fail('this engine refuses to compile `' + modules[i].name + '` synchronously here: ' + e.message +
          '; run the program after `asm2wasmReady` resolves');
      }
      throw e;
    }
  }

  // The heap record behind the module's third argument, or a clear error.
  function heapOf(m, buffer, params) {
    var record = buffer !== null && typeof buffer === 'object' ? heaps.get(buffer) : undefined;
    if (record) return record;
    if (buffer === undefined && params < 3) {
      // A module that declares no heap: a private page nobody else sees.
      return { memory: new Memory({ initial: 1 }), length: PAGE, mirror: false };
    }
    var isBuffer = buffer instanceof NativeArrayBuffer ||
      Object.prototype.toString.call(buffer) === '[object ArrayBuffer]';
    if (!isBuffer) {
      fail('asm.js module `' + m.name + '` was called with ' + (buffer === undefined ? 'no heap' : 'a heap that is not an ArrayBuffer') +
        ' as its third argument; pass it a heap from `asm2wasmLoader.heap(bytes)`');
    }
    var n = buffer.byteLength;
    if (!validLength(n)) {
      fail('asm.js module `' + m.name + '` was given a heap of ' + n + ' bytes, which is not an asm.js heap length ' +
        '(2^k for k in 12..24, or a multiple of 2^24): V8 would not link it as asm.js either; allocate a valid length');
    }
    fail('the heap given to asm.js module `' + m.name + '` (an ArrayBuffer of ' + n + ' bytes) was not allocated by ' +
      'the loader, so the WebAssembly memory cannot be the program\'s heap; allocate it with ' +
      '`asm2wasmLoader.heap(' + n + ')` instead of `new ArrayBuffer(' + n + ')`, or, for Emscripten output, do not ' +
      'pass your own `Module["buffer"]`/`Module.buffer` (the loader rewrites only the allocations it recognises)');
  }

  // Wrap for a mirrored heap: copy in when wasm is entered, out when left.
  function mirrored(record, buffer) {
    // The memory never grows (asm.js heaps do not), so one view serves.
    var own = new Uint8Array(buffer), wasm = new Uint8Array(record.memory.buffer, 0, record.length);
    function copyIn() {
      wasm.set(own);
    }
    function copyOut() {
      own.set(wasm);
    }
    return {
      exported: function (f) {
        return function () {
          copyIn();
          try {
            return f.apply(this, arguments);
          } finally {
            copyOut();
          }
        };
      },
      imported: function (f) {
        return function () {
          copyOut();
          try {
            return f.apply(this, arguments);
          } finally {
            copyIn();
          }
        };
      },
    };
  }

  // The replacement of module function i: what `M(stdlib, foreign, buffer)` returned.
  function link(i, stdlib, foreign, buffer, params) {
    var m = modules[i];
    var record = heapOf(m, buffer, params);
    var module = moduleOf(i);
    var wrap = record.mirror ? mirrored(record, buffer) : null;
    var imports = {};
    var list = WebAssembly.Module.imports(module);
    for (var k = 0; k < list.length; k++) {
      var imp = list[k], ns = imp.module, name = imp.name, value;
      if (ns === 'env' && name === 'memory') {
        value = record.memory;
      } else if (ns === 'Math') {
        var math = stdlib && stdlib.Math;
        value = math && math[name];
        if (typeof value !== 'function') fail('asm.js module `' + m.name + '` needs `stdlib.Math.' + name + '`, a function');
      } else if (ns === 'foreign') {
        value = foreign === null || foreign === undefined ? undefined : foreign[name];
        if (imp.kind === 'global') {
          value = +value; // ToNumber; an i32 global then takes ToInt32, which is `|0`
        } else if (typeof value !== 'function') {
          value = notAFunction(name);
        } else if (wrap) {
          value = wrap.imported(value);
        }
      } else {
        fail('asm.js module `' + m.name + '` imports (' + ns + ', ' + name + '), which this loader does not know');
      }
      (imports[ns] || (imports[ns] = {}))[name] = value;
    }
    var instance = new WebAssembly.Instance(module, imports);
    var exports = instance.exports;
    if (record.length < PAGE) exports['asm2wasm:heap_length'].value = record.length;
    function out(name) {
      return wrap ? wrap.exported(exports[name]) : exports[name];
    }
    if (m.single) return out(m.exports[0]);
    var result = {};
    for (var e = 0; e < m.exports.length; e++) result[m.exports[e]] = out(m.exports[e]);
    return result;
  }

  // asm.js calls a foreign import that is no function when it is called, not when linked.
  function notAFunction(name) {
    return function () {
      throw new TypeError('foreign.' + name + ' is not a function');
    };
  }

  var ready;
  // Whether the program may run now. In a browser page, the first run of
  // this script only starts the asynchronous compilation and skips the
  // program; when every module is compiled, the script is run again, and
  // `asm2wasmReady` resolves once the program has run.
  function start() {
    var cache = global.asm2wasmCompiled && global.asm2wasmCompiled[programId];
    var script = typeof document !== 'undefined' ? document.currentScript : null;
    if (cache || isNode || !script) {
      if (!ready) ready = Promise.resolve();
      if (!global.asm2wasmReady) global.asm2wasmReady = ready;
      return true;
    }
    var src = script.src, text = script.src ? '' : script.textContent;
    var urlBase = src || location.href;
    ready = Promise.all(modules.map(function (m, i) {
      if (m.base64 !== undefined) return WebAssembly.compile(base64(m.base64));
      return fetch(new URL(m.file, urlBase).href).then(function (r) {
        if (!r.ok) fail('cannot fetch `' + m.file + '` beside the script: HTTP ' + r.status);
        return r.arrayBuffer();
      }).then(function (b) {
        return WebAssembly.compile(b);
      });
    })).then(function (list) {
      (global.asm2wasmCompiled || (global.asm2wasmCompiled = {}))[programId] = list;
      return new Promise(function (resolve, reject) {
        var again = document.createElement('script');
        if (src) {
          again.onload = function () { resolve(); };
          again.onerror = function () { reject(new Error('asm2wasm loader: cannot load `' + src + '` again')); };
          again.src = src;
          (document.head || document.documentElement).appendChild(again);
        } else {
          again.textContent = text;
          (document.head || document.documentElement).appendChild(again);
          resolve();
        }
      });
    });
    global.asm2wasmReady = ready;
    return false;
  }

  return {
    heap: heap,
    typed: typed,
    link: link,
    start: start,
    get ready() {
      return ready || (ready = Promise.resolve());
    },
  };
})(/*MODULES*/, /*PROGRAM*/);
