// a constant index must not be negative
// spec: 6.10
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var H32 = new stdlib.Int32Array(heap);

  function f() {
    return H32[-1]|0; // error
  }
  return f;
}
