// new stdlib.Int16Array(heap) declares a heap view
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var H = new stdlib.Int16Array(heap);
  function f(i, x) {
    i = i|0;
    x = x|0;
    H[i >> 1] = x;
    return H[i >> 1]|0;
  }
  return f;
}
