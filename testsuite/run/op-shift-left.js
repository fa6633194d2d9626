// << uses only the low 5 bits of the count: counts of 32, 33, 63 and negative counts wrap
// run: shl(1, 0)
// run: shl(1, 31)
// run: shl(1, 32)
// run: shl(1, 33)
// run: shl(3, 63)
// run: shl(1, -1)
// run: shl(1, -32)
// run: shl(1, -2147483648)
// run: shl(-1, 31)
// run: shl(0x40000000, 1)
// run: shl(2147483647, 1)
// run: shl(5, 4294967297)
// run: shlc(7)
// run: shlc(-1)
function M(stdlib, foreign, heap) {
  "use asm";
  function shl(a, n) {
    a = a|0;
    n = n|0;
    return a << n;
  }
  function shlc(a) {
    a = a|0;
    return ((a << 31) + (a << 32) + (a << 37))|0;
  }
  return { shl: shl, shlc: shlc };
}
