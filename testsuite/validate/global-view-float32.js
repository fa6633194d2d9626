// new stdlib.Float32Array(heap) declares a float heap view
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var fround = stdlib.Math.fround;
  var H = new stdlib.Float32Array(heap);
  function f(i, x) {
    i = i|0;
    x = fround(x);
    H[i >> 2] = x;
    return fround(H[i >> 2]);
  }
  return f;
}
