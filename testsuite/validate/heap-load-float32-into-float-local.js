// a Float32Array load is float? and must go through fround before it is stored
// spec: 6.10, 6.8.6
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  var HF32 = new stdlib.Float32Array(heap);

  function f(i) {
    i = i|0;
    var a = fround(0.0);
    a = HF32[i >> 2]; // error
    return fround(a);
  }
  return f;
}
