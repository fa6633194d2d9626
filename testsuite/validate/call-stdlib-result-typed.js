// a stdlib call has a known result type and needs no coercion in an assignment
// spec: 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var sqrt = stdlib.Math.sqrt;
  function f(x) {
    x = +x;
    var y = 0.0;
    y = sqrt(x);
    return +y;
  }
  return f;
}
