// ~~x of a double reinterpreted as unsigned: +((~~x)>>>0) of negatives and values above 2^31
// run: t(-1)
// run: t(-1.9)
// run: t(2147483648)
// run: t(3000000000.7)
// run: t(4294967295)
// run: t(4294967296)
// run: t(-2147483649)
// run: t(NaN)
// run: t(-Infinity)
// run: t(1e300)
// run: t(-0)
function M(stdlib, foreign, heap) {
  "use asm";
  function t(x) {
    x = +x;
    return +((~~x)>>>0);
  }
  return { t: t };
}
