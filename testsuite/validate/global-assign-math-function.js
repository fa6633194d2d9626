// an imported Math function is immutable
// spec: 5.5, 6.8
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var sqrt = stdlib.Math.sqrt;
  function f() {
    sqrt = 0.0; // error
  }
  return f;
}
