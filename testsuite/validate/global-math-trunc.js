// Math.trunc is not part of the asm.js stdlib
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var floor = stdlib.Math.floor;
  var trunc = stdlib.Math.trunc; // error
  function f() {
  }
  return f;
}
