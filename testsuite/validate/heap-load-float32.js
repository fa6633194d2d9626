// a Float32Array load at i >> 2 is float? and coerced with fround
// spec: 6.10, 10, 6.11
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  var HF32 = new stdlib.Float32Array(heap);

  function f(i) {
    i = i|0;
    return fround(HF32[i >> 2]);
  }
  return f;
}
