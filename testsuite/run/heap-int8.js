// Int8Array: stores keep the low 8 bits, loads sign-extend
// run: rt(0)
// run: rt(127)
// run: rt(128)
// run: rt(255)
// run: rt(300)
// run: rt(-1)
// run: rt(-129)
// run: rt(-2147483648)
// run: rt(2147483647)
// run: rt(4294967301)
// run: bytes(0x7f80ff01)
function M(stdlib, foreign, heap) {
  "use asm";
  var I8 = new stdlib.Int8Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  function rt(v) {
    v = v|0;
    I8[16] = v;
    return I8[16]|0;
  }
  function bytes(v) {
    v = v|0;
    I32[8] = v;
    return ((I8[32]|0) + ((I8[33]|0) * 1000|0) + ((I8[34]|0) * 1000000|0) + (I8[35]|0))|0;
  }
  return { rt: rt, bytes: bytes };
}
