// a 4096-byte heap: accesses at 4092..4100 straddle the end
// heap: 4096
// run: fill(-1)
// run: l32(4092)
// run: l32(4096)
// run: l32(4100)
// run: l8(4095)
// run: l8(4096)
// run: l16(4094)
// run: l16(4096)
// run: lf(4088)
// run: lf(4096)
// run: s32(4096, 5)
// run: s32(4092, 6)
// run: l32(4092)
// run: l8(4095)
// run: l32(4088)
// run: s8(4096, 1)
// run: s8(4095, 1)
// run: l32(4092)
function M(stdlib, foreign, heap) {
  "use asm";
  var I8 = new stdlib.Int8Array(heap);
  var U16 = new stdlib.Uint16Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  function fill(v) {
    v = v|0;
    var p = 0;
    while ((p|0) < 4200) {
      I32[p >> 2] = v;
      p = (p + 4)|0;
    }
    return p|0;
  }
  function l32(p) {
    p = p|0;
    return I32[p >> 2]|0;
  }
  function l8(p) {
    p = p|0;
    return I8[p]|0;
  }
  function l16(p) {
    p = p|0;
    return U16[p >> 1]|0;
  }
  function lf(p) {
    p = p|0;
    return +F64[p >> 3];
  }
  function s32(p, v) {
    p = p|0;
    v = v|0;
    I32[p >> 2] = v;
  }
  function s8(p, v) {
    p = p|0;
    v = v|0;
    I8[p] = v;
  }
  return { fill: fill, l32: l32, l8: l8, l16: l16, lf: lf, s32: s32, s8: s8 };
}
