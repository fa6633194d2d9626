// the shifted index expression must be intish, not double
// spec: 6.10
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var H32 = new stdlib.Int32Array(heap);

  function f(d) {
    d = +d;
    return H32[d >> 2]|0; // error
  }
  return f;
}
