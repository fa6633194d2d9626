// unary + converts a float, a float? and a double? to double
// spec: 8.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  var HF32 = new stdlib.Float32Array(heap);
  var HF64 = new stdlib.Float64Array(heap);
  function f(a, i) {
    a = fround(a);
    i = i|0;
    var d = 0.0;
    d = +a;
    d = d + +HF32[i >> 2];
    d = d + +HF64[i >> 3];
    return +d;
  }
  return f;
}
