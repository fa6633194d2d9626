// new stdlib.Uint8Array(heap) declares a heap view
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var H = new stdlib.Uint8Array(heap);
  function f(i, x) {
    i = i|0;
    x = x|0;
    H[i] = x;
    return H[i]|0;
  }
  return f;
}
