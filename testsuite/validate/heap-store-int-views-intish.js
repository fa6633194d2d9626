// integer views take intish values
// spec: 6.10, 6.8.6, 10
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var H8 = new stdlib.Int8Array(heap);
  var HU16 = new stdlib.Uint16Array(heap);
  var H32 = new stdlib.Int32Array(heap);

  function f(i, a) {
    i = i|0;
    a = a|0;
    H32[i >> 2] = a + 1;
    HU16[i >> 1] = a;
    H8[i] = a + 300;
    return a|0;
  }
  return f;
}
