// * on doubles and double? gives a double
// spec: 6.8.8, 8.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var HF64 = new stdlib.Float64Array(heap);
  function f(a, i) {
    a = +a;
    i = i|0;
    a = a * 2.5;
    a = HF64[i >> 3] * a;
    return +a;
  }
  return f;
}
