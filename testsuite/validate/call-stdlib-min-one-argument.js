// Math.min needs at least two arguments
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var min = stdlib.Math.min;
  function f(a) {
    a = +a;
    return +min(a); // error
  }
  return f;
}
