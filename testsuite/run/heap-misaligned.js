// H32[p >> 2] with a misaligned byte address p accesses the aligned word at p & ~3
// run: st(5, 0x11223344)
// run: ld(4)
// run: ld(6)
// run: ld(7)
// run: ld(8)
// run: b(4)
// run: b(7)
// run: st(10, -1)
// run: ld(8)
// run: h(9)
// run: h(10)
// run: d(12)
// run: d(15)
function M(stdlib, foreign, heap) {
  "use asm";
  var U8 = new stdlib.Uint8Array(heap);
  var I16 = new stdlib.Int16Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  function st(p, v) {
    p = p|0;
    v = v|0;
    I32[p >> 2] = v;
    return 0;
  }
  function ld(p) {
    p = p|0;
    return I32[p >> 2]|0;
  }
  function b(p) {
    p = p|0;
    return U8[p]|0;
  }
  function h(p) {
    p = p|0;
    return I16[p >> 1]|0;
  }
  function d(p) {
    p = p|0;
    F64[p >> 3] = 0.5;
    return +F64[p >> 3];
  }
  return { st: st, ld: ld, b: b, h: h, d: d };
}
