// an unsigned value is a subtype of int and a valid if condition
// spec: 6.5.4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    if (x >>> 0) {
      x = 2;
    }
    return x|0;
  }
  return f;
}
