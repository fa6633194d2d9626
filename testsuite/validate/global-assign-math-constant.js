// an imported Math constant is immutable
// spec: 5.5, 6.8
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var PI = stdlib.Math.PI;
  function f() {
    PI = 3.0; // error
  }
  return f;
}
