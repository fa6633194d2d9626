// Uint8ClampedArray is not an asm.js heap view type
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var H = new stdlib.Uint8ClampedArray(heap); // error
  function f() {
  }
  return f;
}
