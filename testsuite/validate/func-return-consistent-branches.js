// every return of a signed function returns a signed value
// spec: 5.2, 6.5
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    x = x|0;
    if ((x|0) < 0) {
      return -1;
    }
    if ((x|0) == 0) {
      return 0;
    }
    return x|0;
  }
  return f;
}
