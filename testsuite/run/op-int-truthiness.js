// ints used as conditions: any nonzero value (INT_MIN, -1, results of &) is true
// run: t(0)
// run: t(1)
// run: t(-1)
// run: t(-2147483648)
// run: t(4294967296)
// run: bits(6, 1)
// run: bits(6, 2)
// run: loopbits(-1)
// run: loopbits(-2147483648)
// run: loopbits(0)
function M(stdlib, foreign, heap) {
  "use asm";
  function t(x) {
    x = x|0;
    if (x) return 1;
    return 0;
  }
  function bits(x, m) {
    x = x|0;
    m = m|0;
    return (x & m ? 10 : 20)|0;
  }
  function loopbits(x) {
    x = x|0;
    var c = 0;
    while (x) {
      x = x & ((x - 1)|0);
      c = (c + 1)|0;
    }
    return c|0;
  }
  return { t: t, bits: bits, loopbits: loopbits };
}
