// a heap view is immutable
// spec: 5.5, 6.8
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var H32 = new stdlib.Int32Array(heap);
  function f() {
    H32 = 0; // error
  }
  return f;
}
