// a constant index of 2^32 is no valid integer literal
// spec: 6.10, 6.8.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var H8 = new stdlib.Int8Array(heap);

  function f() {
    return H8[4294967296]|0; // error
  }
  return f;
}
