// stdlib.undefined is not part of the asm.js stdlib
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var u = stdlib.undefined; // error
  function f() {
  }
  return f;
}
