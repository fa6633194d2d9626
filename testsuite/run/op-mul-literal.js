// int * literal (|literal| < 2^20) wraps modulo 2^32 like an integer multiply
// run: m7(3)
// run: m7(-2147483648)
// run: m7(613566757)
// run: mbig(2147483647)
// run: mbig(-2147483648)
// run: mbig(4096)
// run: mneg(-2147483648)
// run: mneg(12345)
// run: mneg(2147483647)
// run: lhs(100000)
// run: lhs(-1)
// run: m0(2147483647)
function M(stdlib, foreign, heap) {
  "use asm";
  function m7(a) {
    a = a|0;
    return (a * 7)|0;
  }
  function mbig(a) {
    a = a|0;
    return (a * 1048575)|0;
  }
  function mneg(a) {
    a = a|0;
    return (a * -1048575)|0;
  }
  function lhs(a) {
    a = a|0;
    return (65537 * a)|0;
  }
  function m0(a) {
    a = a|0;
    return (a * 0)|0;
  }
  return { m7: m7, mbig: mbig, mneg: mneg, lhs: lhs, m0: m0 };
}
