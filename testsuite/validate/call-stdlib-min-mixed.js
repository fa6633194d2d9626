// all arguments of Math.min must have the same type
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var min = stdlib.Math.min;
  function f(a) {
    a = +a;
    return +min(a, 1); // error
  }
  return f;
}
