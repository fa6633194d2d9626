// a view must be constructed with new
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var H = stdlib.Int32Array(heap); // error
  function f() {
  }
  return f;
}
