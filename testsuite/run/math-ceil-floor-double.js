// Math.ceil and Math.floor of doubles: ceil(-0.5) is -0, large and special values pass through
// run: c(1.5)
// run: c(-1.5)
// run: c(-0.5)
// run: c(-0)
// run: c(0.2)
// run: c(5e-324)
// run: c(-5e-324)
// run: c(4503599627370495.5)
// run: c(1e300)
// run: c(NaN)
// run: c(-Infinity)
// run: f(1.5)
// run: f(-1.5)
// run: f(-0.5)
// run: f(0.5)
// run: f(-0)
// run: f(-5e-324)
// run: f(-4503599627370495.5)
// run: f(Infinity)
// run: fi(-2.5)
// run: fi(2147483648.5)
function M(stdlib, foreign, heap) {
  "use asm";
  var ceil = stdlib.Math.ceil;
  var floor = stdlib.Math.floor;
  function c(x) {
    x = +x;
    return +ceil(x);
  }
  function f(x) {
    x = +x;
    return +floor(x);
  }
  function fi(x) {
    x = +x;
    return ~~floor(x);
  }
  return { c: c, f: f, fi: fi };
}
