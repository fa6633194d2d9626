// - accepts double? operands, so a Float64Array load may be subtracted from
// spec: 6.8.9, 8.2
// expect: accept
// v8: reject: V8 requires double operands for - as for +; the spec gives - the type (double?, double?) -> double
function M(stdlib, foreign, heap) {
  "use asm";
  var HF64 = new stdlib.Float64Array(heap);
  function f(i) {
    i = i|0;
    var d = 0.0;
    d = HF64[i >> 3] - 1.0;
    d = 0.5 - HF64[(i + 8) >> 3];
    return +d;
  }
  return f;
}
