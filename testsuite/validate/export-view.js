// a heap view cannot be exported
// spec: 6.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var H8 = new stdlib.Uint8Array(heap);
  function f() {
  }
  return { f: f, heap8: H8 }; // error
}
