// a global variable cannot be the single export
// spec: 6.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var g = 0;
  function f() {
  }
  return g; // error
}
