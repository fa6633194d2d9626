// negative byte addresses are out of bounds: loads give 0 or NaN and stores are ignored
// run: setup(0)
// run: l32(-4)
// run: l32(-1)
// run: l32(-2147483648)
// run: l8(-1)
// run: l16(-2)
// run: lf(-8)
// run: s32(-4, 99)
// run: s8(-1, 99)
// run: sf(-8, 1.5)
// run: l32(0)
// run: l8(65535)
// run: l32(65532)
function M(stdlib, foreign, heap) {
  "use asm";
  var I8 = new stdlib.Int8Array(heap);
  var I16 = new stdlib.Int16Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  function setup(x) {
    x = x|0;
    I32[0] = 7;
    I32[16383] = 8;
    return 0;
  }
  function l32(p) {
    p = p|0;
    return I32[p >> 2]|0;
  }
  function l8(p) {
    p = p|0;
    return I8[p >> 0]|0;
  }
  function l16(p) {
    p = p|0;
    return I16[p >> 1]|0;
  }
  function lf(p) {
    p = p|0;
    return +F64[p >> 3];
  }
  function s32(p, v) {
    p = p|0;
    v = v|0;
    I32[p >> 2] = v;
    return I32[p >> 2]|0;
  }
  function s8(p, v) {
    p = p|0;
    v = v|0;
    I8[p >> 0] = v;
    return I8[p >> 0]|0;
  }
  function sf(p, v) {
    p = p|0;
    v = +v;
    F64[p >> 3] = v;
    return +F64[p >> 3];
  }
  return { setup: setup, l32: l32, l8: l8, l16: l16, lf: lf, s32: s32, s8: s8, sf: sf };
}
