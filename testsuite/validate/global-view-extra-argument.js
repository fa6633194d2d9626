// a view constructor takes exactly the heap as argument
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var H = new stdlib.Int32Array(heap, 8); // error
  function f() {
  }
  return f;
}
