// an Int32Array load at i >> 2, coerced with |0
// spec: 6.10, 10
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var H32 = new stdlib.Int32Array(heap);

  function f(i) {
    i = i|0;
    return H32[i >> 2]|0;
  }
  return f;
}
