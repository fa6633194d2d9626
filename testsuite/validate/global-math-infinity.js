// Infinity is a property of stdlib, not of stdlib.Math
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var inf = stdlib.Math.Infinity; // error
  function f() {
  }
  return f;
}
