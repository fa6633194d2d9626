// a double return in a function whose last statement returns a signed value
// spec: 5.2, 6.5
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    x = x|0;
    if (x) {
      return 1.5; // error
    }
    return x|0;
  }
  return f;
}
