// Int16Array and Uint16Array loads at i >> 1
// spec: 6.10, 10
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var H16 = new stdlib.Int16Array(heap);
  var HU16 = new stdlib.Uint16Array(heap);

  function f(i) {
    i = i|0;
    return (H16[i >> 1]|0) + (HU16[i >> 1]|0)|0;
  }
  return f;
}
