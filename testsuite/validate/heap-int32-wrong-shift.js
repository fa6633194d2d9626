// an Int32Array index must be shifted by 2, not 1
// spec: 6.10
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var H32 = new stdlib.Int32Array(heap);

  function f(i) {
    i = i|0;
    return H32[i >> 1]|0; // error
  }
  return f;
}
