// new stdlib.Float64Array(heap) declares a double heap view
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var H = new stdlib.Float64Array(heap);
  function f(i, x) {
    i = i|0;
    x = +x;
    H[i >> 3] = x;
    return +H[i >> 3];
  }
  return f;
}
