// a stdlib function cannot be re-exported
// spec: 6.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var sin = stdlib.Math.sin;
  function f() {
  }
  return { f: f, sin: sin }; // error
}
