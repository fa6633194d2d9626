// new stdlib.Int32Array(heap) declares a heap view
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var H = new stdlib.Int32Array(heap);
  function f(i, x) {
    i = i|0;
    x = x|0;
    H[i >> 2] = x;
    return H[i >> 2]|0;
  }
  return f;
}
