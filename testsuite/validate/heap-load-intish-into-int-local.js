// an integer load is intish and must be coerced before it is stored in a local
// spec: 6.10, 6.8.6
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var H32 = new stdlib.Int32Array(heap);

  function f(i) {
    i = i|0;
    var a = 0;
    a = H32[i >> 2]; // error
    return a|0;
  }
  return f;
}
