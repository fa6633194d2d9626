// a table of double functions is called with a + coercion
// spec: 6.3, 5.6, 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var sqrt = stdlib.Math.sqrt;
  function half(x) {
    x = +x;
    return +(x * 0.5);
  }
  function root(x) {
    x = +x;
    return +sqrt(x);
  }
  function call(i, x) {
    i = i|0;
    x = +x;
    return +t[i & 1](x);
  }
  var t = [half, root];
  return call;
}
