// a 32 MiB heap (a multiple of 2^24): accesses around 2^24 and at the very end
// heap: 33554432
// run: s32(16777212, 1)
// run: s32(16777216, 2)
// run: s32(33554428, 3)
// run: s32(33554432, 4)
// run: l32(16777212)
// run: l32(16777216)
// run: l32(33554428)
// run: l32(33554432)
// run: lf(33554424)
// run: lf(33554432)
// run: l8(33554431)
// run: l8(33554432)
function M(stdlib, foreign, heap) {
  "use asm";
  var U8 = new stdlib.Uint8Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  function s32(p, v) {
    p = p|0;
    v = v|0;
    I32[p >> 2] = v;
  }
  function l32(p) {
    p = p|0;
    return I32[p >> 2]|0;
  }
  function lf(p) {
    p = p|0;
    return +F64[p >> 3];
  }
  function l8(p) {
    p = p|0;
    return U8[p]|0;
  }
  return { s32: s32, l32: l32, lf: lf, l8: l8 };
}
