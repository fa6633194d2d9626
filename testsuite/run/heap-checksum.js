// write a pattern through several views, then return a checksum read back byte by byte
// run: run(0)
// run: run(12345)
// run: run(-1)
// run: run(2147483647)
function M(stdlib, foreign, heap) {
  "use asm";
  var imul = stdlib.Math.imul;
  var U8 = new stdlib.Uint8Array(heap);
  var I16 = new stdlib.Int16Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var F32 = new stdlib.Float32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  function run(seed) {
    seed = seed|0;
    var i = 0, h = 0, x = 0;
    x = seed;
    for (i = 0; (i|0) < 64; i = (i + 1)|0) {
      x = (imul(x, 1103515245) + 12345)|0;
      I32[(1024 + (i << 2)) >> 2] = x;
    }
    for (i = 0; (i|0) < 16; i = (i + 1)|0) {
      I16[(1280 + (i << 1)) >> 1] = imul(i, -4099)|0;
    }
    F32[1312 >> 2] = +(seed|0) / 3.0;
    F64[1320 >> 3] = +(seed>>>0) * 1.0e-3;
    h = -2128831035;
    for (i = 1024; (i|0) < 1328; i = (i + 1)|0) {
      h = imul(h ^ (U8[i]|0), 16777619)|0;
    }
    return h|0;
  }
  return { run: run };
}
