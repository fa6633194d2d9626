// Uint8Array: stores keep the low 8 bits, loads zero-extend
// run: rt(0)
// run: rt(255)
// run: rt(256)
// run: rt(300)
// run: rt(-1)
// run: rt(-255)
// run: rt(-2147483648)
// run: rt(4294967301)
// run: rt(1.9)
// run: sum(0)
function M(stdlib, foreign, heap) {
  "use asm";
  var U8 = new stdlib.Uint8Array(heap);
  function rt(v) {
    v = v|0;
    U8[100] = v;
    return U8[100]|0;
  }
  function sum(x) {
    x = x|0;
    var i = 0, s = 0;
    for (i = 0; (i|0) < 8; i = (i + 1)|0) {
      U8[(200 + i)|0] = (-1 - i)|0;
    }
    for (i = 0; (i|0) < 8; i = (i + 1)|0) {
      s = (s + (U8[(200 + i)|0]|0))|0;
    }
    return s|0;
  }
  return { rt: rt, sum: sum };
}
