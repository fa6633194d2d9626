// an unsigned value is intish and may be shifted into an index
// spec: 6.10
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var H32 = new stdlib.Int32Array(heap);

  function f(i) {
    i = i|0;
    return H32[(i >>> 0) >> 2]|0;
  }
  return f;
}
