// an Int32Array does not take a double
// spec: 6.10, 10
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var H32 = new stdlib.Int32Array(heap);

  function f(i, d) {
    i = i|0;
    d = +d;
    H32[i >> 2] = d; // error
  }
  return f;
}
