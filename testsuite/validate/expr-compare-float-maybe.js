// a Float32Array load is float?, not float, and cannot be compared directly
// spec: 6.8.11, 6.10
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  var HF32 = new stdlib.Float32Array(heap);
  function f(i, a) {
    i = i|0;
    a = fround(a);
    if (HF32[i >> 2] > a) return 1; // error
    return 0;
  }
  return f;
}
