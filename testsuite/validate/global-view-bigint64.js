// BigInt64Array is not an asm.js heap view type
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var H = new stdlib.BigInt64Array(heap); // error
  function f() {
  }
  return f;
}
