// a foreign import is a single property of foreign, not a nested path
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var x = foreign.lib.fn; // error
  function f() {
  }
  return f;
}
