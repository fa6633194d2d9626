// ~~f of a float truncates toward zero and wraps modulo 2^32; NaN and infinities give 0
// run: t(1.5)
// run: t(-1.5)
// run: t(-0)
// run: t(NaN)
// run: t(Infinity)
// run: t(-Infinity)
// run: t(2147483647)
// run: t(2147483648)
// run: t(-2147483649)
// run: t(4294967301)
// run: t(16777217)
// run: t(4.5e15)
// run: t(1e300)
// run: t(-1e300)
// run: t(3.4e38)
// run: t(-0.99999)
// run: t(1e-45)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function t(x) {
    x = fround(x);
    return ~~x;
  }
  return { t: t };
}
