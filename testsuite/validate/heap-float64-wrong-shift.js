// a Float64Array index must be shifted by 3, not 2
// spec: 6.10
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var HF64 = new stdlib.Float64Array(heap);

  function f(i) {
    i = i|0;
    return +HF64[i >> 2]; // error
  }
  return f;
}
