// Uint16Array: stores keep the low 16 bits (-1 -> 65535), loads zero-extend
// run: rt(0)
// run: rt(-1)
// run: rt(65535)
// run: rt(65536)
// run: rt(65537)
// run: rt(-65536)
// run: rt(32768)
// run: rt(-2147483648)
// run: rt(2147483647)
// run: pair(-1, -2)
function M(stdlib, foreign, heap) {
  "use asm";
  var U16 = new stdlib.Uint16Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  function rt(v) {
    v = v|0;
    U16[10] = v;
    return U16[10]|0;
  }
  function pair(a, b) {
    a = a|0;
    b = b|0;
    U16[20] = a;
    U16[21] = b;
    return I32[10]|0;
  }
  return { rt: rt, pair: pair };
}
