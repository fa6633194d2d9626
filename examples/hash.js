// FNV-1a and a 32-bit integer mixer over bytes in the heap, as a hand-tuned
// library of 2014 would ship them. `asm2wasm examples/hash.js -o hash.wasm`.
// run: main(1000)
// run: mix(12345)
// run: mix(-2147483648)
// run: fnv1a(0, 64)
// run: mixWords(64, 100)
// run: fnv1a(65500, 100)
function M(stdlib, foreign, heap) {
  "use asm";

  var HU8 = new stdlib.Uint8Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var imul = stdlib.Math.imul;

  // FNV-1a over HU8[ptr .. ptr+len).
  function fnv1a(ptr, len) {
    ptr = ptr | 0;
    len = len | 0;
    var h = -2128831035, end = 0;
    end = (ptr + len) | 0;
    while ((ptr | 0) < (end | 0)) {
      h = imul(h ^ (HU8[ptr] | 0), 16777619) | 0;
      ptr = (ptr + 1) | 0;
    }
    return h | 0;
  }

  // The 32-bit finaliser of MurmurHash3.
  function mix(h) {
    h = h | 0;
    h = h ^ (h >>> 16);
    h = imul(h, -2048144789) | 0;
    h = h ^ (h >>> 13);
    h = imul(h, -1028477387) | 0;
    h = h ^ (h >>> 16);
    return h | 0;
  }

  // Mix every 32-bit word of H32[ptr>>2 .. (ptr>>2)+n) in place; returns their xor.
  function mixWords(ptr, n) {
    ptr = ptr | 0;
    n = n | 0;
    var i = 0, acc = 0, w = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      w = mix(H32[(ptr + (i << 2)) >> 2] | 0) | 0;
      H32[(ptr + (i << 2)) >> 2] = w;
      acc = acc ^ w;
    }
    return acc | 0;
  }

  // Fill n words from a seed, mix them, hash the bytes: a checksum of it all.
  function main(n) {
    n = n | 0;
    var i = 0, x = 1;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      x = mix((x + i) | 0) | 0;
      H32[((i << 2) & 65535) >> 2] = x;
    }
    return (fnv1a(0, 65536) | 0) ^ (mixWords(0, 64) | 0);
  }

  return { fnv1a: fnv1a, mix: mix, mixWords: mixWords, main: main };
}
var HashLib = M(globalThis, {}, new ArrayBuffer(0x10000));
if (typeof module !== "undefined") module.exports = M;
