// Math.random is not part of the asm.js stdlib
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var random = stdlib.Math.random; // error
  function f() {
  }
  return f;
}
