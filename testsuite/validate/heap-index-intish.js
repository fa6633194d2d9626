// the shifted index expression may be intish
// spec: 6.10
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var H32 = new stdlib.Int32Array(heap);

  function f(i, j) {
    i = i|0;
    j = j|0;
    return H32[(i + j + 4) >> 2]|0;
  }
  return f;
}
