// a double? arm is not double
// spec: 6.8.16
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var HF64 = new stdlib.Float64Array(heap);
  function f(c) {
    c = c|0;
    return +(c ? HF64[0] : 0.0); // error
  }
  return f;
}
