// a Float64Array load is double? and must be coerced with + before it is stored
// spec: 6.10, 6.8.6
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var HF64 = new stdlib.Float64Array(heap);

  function f(i) {
    i = i|0;
    var d = 0.0;
    d = HF64[i >> 3]; // error
    return +d;
  }
  return f;
}
