// the module cannot return a number
// spec: 6.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
  }
  return 0; // error
}
