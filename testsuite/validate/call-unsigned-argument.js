// an unsigned value can be passed to an int parameter
// spec: 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function g(a) {
    a = a|0;
    return a|0;
  }
  function f(x) {
    x = x|0;
    return g(x >>> 1)|0;
  }
  return f;
}
