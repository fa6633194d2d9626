// >> is arithmetic (sign-propagating) and masks the count to 5 bits
// run: sar(-1, 1)
// run: sar(-1, 31)
// run: sar(-2147483648, 31)
// run: sar(-2147483648, 32)
// run: sar(-2147483648, 33)
// run: sar(-8, -1)
// run: sar(2147483647, 30)
// run: sar(-7, 1)
// run: sar(7, 1)
// run: sar(4294967295, 0)
// run: sarc(-2147483648)
// run: sarc(1073741824)
function M(stdlib, foreign, heap) {
  "use asm";
  function sar(a, n) {
    a = a|0;
    n = n|0;
    return a >> n;
  }
  function sarc(a) {
    a = a|0;
    return ((a >> 0) ^ (a >> 32) ^ (a >> 33) ^ (a >> -1))|0;
  }
  return { sar: sar, sarc: sarc };
}
