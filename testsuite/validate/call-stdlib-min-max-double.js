// Math.min and max take two or more doubles
// spec: 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var min = stdlib.Math.min;
  var max = stdlib.Math.max;
  function f(a, b) {
    a = +a;
    b = +b;
    return +(+min(a, b) + +max(a, b, 0.0));
  }
  return f;
}
