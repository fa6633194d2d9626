// the module must return its exports, not nothing
// spec: 6.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
  }
  return; // error
}
