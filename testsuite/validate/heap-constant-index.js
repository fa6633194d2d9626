// integer literal indices need no shift
// spec: 6.10
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  var H8 = new stdlib.Int8Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var HF32 = new stdlib.Float32Array(heap);
  var HF64 = new stdlib.Float64Array(heap);

  function f() {
    var a = 0, d = 0.0;
    a = H32[4]|0;
    a = (a + (H8[0x10]|0))|0;
    d = +HF64[1] + +fround(HF32[3]);
    return +(d + +(a|0));
  }
  return f;
}
