// a view must be built on the heap parameter
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var H = new stdlib.Int32Array(foreign); // error
  function f() {
  }
  return f;
}
