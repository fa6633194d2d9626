// a Float64Array load at i >> 3 is double? and coerced with +
// spec: 6.10, 10
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var HF64 = new stdlib.Float64Array(heap);

  function f(i) {
    i = i|0;
    return +HF64[i >> 3];
  }
  return f;
}
