// an int parameter is a valid if condition
// spec: 6.5.4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    if (x) return 1;
    return 0;
  }
  return f;
}
