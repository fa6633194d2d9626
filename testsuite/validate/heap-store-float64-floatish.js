// a Float64Array does not take a floatish sum: round it with fround first
// spec: 6.10, 10
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  var HF64 = new stdlib.Float64Array(heap);

  function f(i, a) {
    i = i|0;
    a = fround(a);
    HF64[i >> 3] = a + a; // error
  }
  return f;
}
