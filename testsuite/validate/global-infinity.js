// stdlib.Infinity is a double constant
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var inf = stdlib.Infinity;
  function f(x) {
    x = +x;
    if (x == inf) {
      return 1;
    }
    return 0;
  }
  return f;
}
