// an early return of a Float64Array load (double?) does not match a double function
// spec: 6.5.5, 6.10
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var HF64 = new stdlib.Float64Array(heap);
  function f(i) {
    i = i|0;
    if (i) return HF64[i >> 3]; // error
    return 0.0;
  }
  return f;
}
