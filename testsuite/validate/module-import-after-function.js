// a stdlib import may not follow a function declaration
// spec: 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
  }
  var sin = stdlib.Math.sin; // error
  return f;
}
