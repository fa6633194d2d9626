// loads past the end of the heap from integer views give 0 (the heap is 65536 bytes)
// run: fill(0)
// run: l32(65532)
// run: l32(65536)
// run: l32(65540)
// run: l32(1048576)
// run: l32(2147483644)
// run: l8(65535)
// run: l8(65536)
// run: l8(2147483647)
// run: lu16(65534)
// run: lu16(65536)
// run: lu16(131072)
// run: l32u(65532)
// run: l32u(65536)
function M(stdlib, foreign, heap) {
  "use asm";
  var I8 = new stdlib.Int8Array(heap);
  var U16 = new stdlib.Uint16Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var U32 = new stdlib.Uint32Array(heap);
  function fill(x) {
    x = x|0;
    var i = 0;
    for (i = 0; (i|0) < 65536; i = (i + 4)|0) {
      I32[i >> 2] = -1;
    }
    return 0;
  }
  function l32(p) {
    p = p|0;
    return I32[p >> 2]|0;
  }
  function l8(p) {
    p = p|0;
    return I8[p >> 0]|0;
  }
  function lu16(p) {
    p = p|0;
    return U16[p >> 1]|0;
  }
  function l32u(p) {
    p = p|0;
    return +(U32[p >> 2]>>>0);
  }
  return { fill: fill, l32: l32, l8: l8, lu16: lu16, l32u: l32u };
}
