// ~~x of a double truncates toward zero and wraps modulo 2^32; NaN and infinities give 0
// run: t(1.5)
// run: t(-1.5)
// run: t(0.9999999999999999)
// run: t(-0)
// run: t(NaN)
// run: t(Infinity)
// run: t(-Infinity)
// run: t(2147483647.9)
// run: t(2147483648)
// run: t(-2147483648.5)
// run: t(-2147483649)
// run: t(4294967296)
// run: t(4294967301)
// run: t(4294967295.5)
// run: t(4.5e15)
// run: t(-4.5e15)
// run: t(9007199254740993)
// run: t(1e300)
// run: t(-1e300)
// run: t(1.8446744073709552e19)
// run: t(5e-324)
// run: t(-5e-324)
function M(stdlib, foreign, heap) {
  "use asm";
  function t(x) {
    x = +x;
    return ~~x;
  }
  return { t: t };
}
