// every view aliases the same little-endian bytes: write through one view, read through another
// run: w32(0x01020304)
// run: rb(0)
// run: rb(3)
// run: rs16(0)
// run: rs16(2)
// run: w32(-2147483648)
// run: rb(3)
// run: rs16(2)
// run: wf32(1)
// run: rb(3)
// run: rb(2)
// run: wf64(-2)
// run: rs16(6)
// run: r32(4)
// run: r32(0)
function M(stdlib, foreign, heap) {
  "use asm";
  var U8 = new stdlib.Uint8Array(heap);
  var I16 = new stdlib.Int16Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var F32 = new stdlib.Float32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  function w32(v) {
    v = v|0;
    I32[0] = v;
  }
  function wf32(d) {
    d = +d;
    F32[0] = d;
  }
  function wf64(d) {
    d = +d;
    F64[0] = d;
  }
  function rb(p) {
    p = p|0;
    return U8[p]|0;
  }
  function rs16(p) {
    p = p|0;
    return I16[p >> 1]|0;
  }
  function r32(p) {
    p = p|0;
    return I32[p >> 2]|0;
  }
  return { w32: w32, wf32: wf32, wf64: wf64, rb: rb, rs16: rs16, r32: r32 };
}
