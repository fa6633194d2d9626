// the module body must end with a return of its exports
// spec: 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
  }
} // error
