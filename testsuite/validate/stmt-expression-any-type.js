// an expression statement may have any type
// spec: 6.5.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var HF64 = new stdlib.Float64Array(heap);
  function f(x, d) {
    x = x|0;
    d = +d;
    0;
    1.5;
    d;
    HF64[x >> 3];
    (x|0) < 3;
  }
  return f;
}
