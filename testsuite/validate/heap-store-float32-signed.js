// a Float32Array does not take an int
// spec: 6.10, 10
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var HF32 = new stdlib.Float32Array(heap);

  function f(i) {
    i = i|0;
    HF32[i >> 2] = i|0; // error
  }
  return f;
}
