// an export object must export at least one function
// spec: 6.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
  }
  return {}; // error
}
