// several views of different types may be declared on the same heap
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var U8 = new stdlib.Uint8Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  function f() {
    I32[1] = U8[0]|0;
    F64[1] = +(I32[1]|0);
  }
  return f;
}
