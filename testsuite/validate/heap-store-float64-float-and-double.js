// a Float64Array takes a float? or a double? value
// spec: 6.10, 10
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  var HF32 = new stdlib.Float32Array(heap);
  var HF64 = new stdlib.Float64Array(heap);

  function f(i, d, a) {
    i = i|0;
    d = +d;
    a = fround(a);
    HF64[i >> 3] = d;
    HF64[i >> 3] = a;
    HF64[i >> 3] = HF32[i >> 2];
    HF64[(i + 8) >> 3] = HF64[i >> 3];
  }
  return f;
}
