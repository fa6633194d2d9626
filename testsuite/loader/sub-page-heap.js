// A heap of 4 KiB, below one wasm page: the program's own ArrayBuffer stays
// its heap, and what JS writes (between calls, and inside a foreign call
// made from wasm) and what wasm writes must be seen by the other side, with
// accesses past 4096 bytes out of bounds as in asm.js (tests/loader.rs).
function Mixer(stdlib, foreign, heap) {
  "use asm";
  var U8 = new stdlib.Uint8Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var peek = foreign.peek;
  function sum(n) {
    n = n | 0;
    var i = 0, s = 0;
    while ((i | 0) < (n | 0)) {
      s = (s + (U8[i] | 0)) | 0;
      i = (i + 1) | 0;
    }
    return s | 0;
  }
  function fill(v) {
    v = v | 0;
    var i = 0, seen = 0;
    while ((i | 0) < 4096) {
      H32[i >> 2] = (v + i) | 0;
      i = (i + 4) | 0;
    }
    seen = peek(8) | 0;
    return ((((U8[9] | 0) * 1000) | 0) + seen) | 0;
  }
  function outside(p) {
    p = p | 0;
    U8[p] = 77;
    return U8[p] | 0;
  }
  return { sum: sum, fill: fill, outside: outside };
}
var heap = new ArrayBuffer(4096);
var bytes = new Uint8Array(heap);
var mixer = Mixer(globalThis, {
  peek: function (i) {
    var v = bytes[i];
    bytes[i + 1] = 99;
    return v;
  },
}, heap);
for (var i = 0; i < 16; i++) bytes[i] = i * 3;
console.log('sum', mixer.sum(16));
console.log('fill', mixer.fill(0x01020304));
console.log('bytes', Array.prototype.slice.call(bytes, 0, 12).join(','), bytes[4095], heap.byteLength);
console.log('outside', mixer.outside(4095), mixer.outside(4096), mixer.outside(65535), mixer.outside(70000));
console.log('sum', mixer.sum(4096));
