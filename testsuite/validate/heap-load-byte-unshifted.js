// a byte view may be indexed by an int without a shift
// spec: 6.10
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var H8 = new stdlib.Int8Array(heap);
  var HU8 = new stdlib.Uint8Array(heap);

  function f(i) {
    i = i|0;
    return (H8[i]|0) + (HU8[i]|0)|0;
  }
  return f;
}
