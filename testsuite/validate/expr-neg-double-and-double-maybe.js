// unary - on a double or double? gives a double
// spec: 8.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var HF64 = new stdlib.Float64Array(heap);
  function f(d, i) {
    d = +d;
    i = i|0;
    d = -d;
    d = -HF64[i >> 3];
    return +d;
  }
  return f;
}
