// Int16Array: stores keep the low 16 bits, loads sign-extend; little-endian byte order
// run: rt(0)
// run: rt(32767)
// run: rt(32768)
// run: rt(65535)
// run: rt(65536)
// run: rt(-1)
// run: rt(-32769)
// run: rt(-2147483648)
// run: rt(0x12348765)
// run: lo(0x1280)
// run: hi(0x1280)
function M(stdlib, foreign, heap) {
  "use asm";
  var U8 = new stdlib.Uint8Array(heap);
  var I16 = new stdlib.Int16Array(heap);
  function rt(v) {
    v = v|0;
    I16[50] = v;
    return I16[50]|0;
  }
  function lo(v) {
    v = v|0;
    I16[60] = v;
    return U8[120]|0;
  }
  function hi(v) {
    v = v|0;
    I16[60] = v;
    return U8[121]|0;
  }
  return { rt: rt, lo: lo, hi: hi };
}
