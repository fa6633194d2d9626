// a byte view may also be indexed as i >> 0
// spec: 6.10
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var HU8 = new stdlib.Uint8Array(heap);

  function f(i) {
    i = i|0;
    return HU8[i >> 0]|0;
  }
  return f;
}
