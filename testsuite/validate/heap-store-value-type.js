// a store is an expression of the stored value's type
// spec: 6.8.6, 6.10
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var H32 = new stdlib.Int32Array(heap);
  var HF64 = new stdlib.Float64Array(heap);

  function f(i) {
    i = i|0;
    var a = 0, d = 0.0;
    a = H32[i >> 2] = 5;
    d = HF64[i >> 3] = 2.5;
    return +(d + +(a|0));
  }
  return f;
}
