// Uint32Array and Int32Array alias the same bytes; Uint32 loads used as unsigned via >>>0
// run: st(-1)
// run: u(0)
// run: s(0)
// run: st(-2147483648)
// run: u(0)
// run: s(0)
// run: st(4294967301)
// run: u(0)
// run: cmp(-1, 1)
// run: cmp(1, -1)
function M(stdlib, foreign, heap) {
  "use asm";
  var I32 = new stdlib.Int32Array(heap);
  var U32 = new stdlib.Uint32Array(heap);
  function st(v) {
    v = v|0;
    U32[3] = v;
  }
  function u(x) {
    x = x|0;
    return +(U32[3]>>>0);
  }
  function s(x) {
    x = x|0;
    return I32[3]|0;
  }
  function cmp(a, b) {
    a = a|0;
    b = b|0;
    U32[4] = a;
    U32[5] = b;
    return ((U32[4]>>>0) > (U32[5]>>>0))|0;
  }
  return { st: st, u: u, s: s, cmp: cmp };
}
