// ~~foreign.x is not an import form
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var x = ~~foreign.x; // error
  function f() {
  }
  return f;
}
