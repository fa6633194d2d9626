// a Float32Array load is float? and may be added to a float
// spec: 6.8.9, 6.10
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  var HF32 = new stdlib.Float32Array(heap);
  function f(i, a) {
    i = i|0;
    a = fround(a);
    return fround(HF32[i >> 2] + a);
  }
  return f;
}
