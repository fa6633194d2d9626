// a bare return in a function whose last statement returns a value
// spec: 5.2, 6.5
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    x = x|0;
    if (x) {
      return; // error
    }
    return 1;
  }
  return f;
}
