// constant heap indices: last in-bounds element, first out-of-bounds element and far beyond
// run: store(5)
// run: in32(0)
// run: edge32(0)
// run: out32(0)
// run: far32(0)
// run: edge8(0)
// run: out8(0)
// run: far8(0)
// run: edgef(0)
// run: outf(0)
// run: farf(0)
// run: storeout(9)
// run: edge32(0)
function M(stdlib, foreign, heap) {
  "use asm";
  var I8 = new stdlib.Int8Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  function store(v) {
    v = v|0;
    I32[0] = v;
    I32[16383] = (v + 1)|0;
    I8[65535] = -3;
    F64[8190] = 0.25;
  }
  function in32(x) {
    x = x|0;
    return I32[0]|0;
  }
  function edge32(x) {
    x = x|0;
    return I32[16383]|0;
  }
  function out32(x) {
    x = x|0;
    return I32[16384]|0;
  }
  function far32(x) {
    x = x|0;
    return I32[0x1fffffff]|0;
  }
  function edge8(x) {
    x = x|0;
    return I8[65535]|0;
  }
  function out8(x) {
    x = x|0;
    return I8[65536]|0;
  }
  function far8(x) {
    x = x|0;
    return I8[0x7fffffff]|0;
  }
  function edgef(x) {
    x = x|0;
    return +F64[8190];
  }
  function outf(x) {
    x = x|0;
    return +F64[8192];
  }
  function farf(x) {
    x = x|0;
    return +F64[0x0fffffff];
  }
  function storeout(v) {
    v = v|0;
    I32[16384] = v;
    I32[0x1fffffff] = v;
    I8[65536] = v;
    F64[8192] = 1.0;
  }
  return { store: store, in32: in32, edge32: edge32, out32: out32, far32: far32, edge8: edge8, out8: out8, far8: far8, edgef: edgef, outf: outf, farf: farf, storeout: storeout };
}
