// a Float64Array load is double? and must be coerced with + before a comparison
// spec: 6.8.12, 6.10
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var HF64 = new stdlib.Float64Array(heap);
  function f(i) {
    i = i|0;
    if (HF64[i >> 3] == 0.0) return 1; // error
    return 0;
  }
  return f;
}
