// the exported name must be a declared function
// spec: 6.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
  }
  return g; // error
}
