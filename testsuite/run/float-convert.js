// float -> double -> int conversions: +f widens exactly, ~~ truncates, ints go to float via fround
// run: f2d(0.1)
// run: f2d(-0)
// run: f2i(2.75)
// run: f2i(-2.75)
// run: f2i(3e9)
// run: f2i(-3e9)
// run: f2i(1e300)
// run: f2i(NaN)
// run: f2u(3e9)
// run: f2u(-1)
// run: i2f2i(16777217)
// run: i2f2i(2147483647)
// run: i2f2i(-2147483648)
// run: d2f2d(1.0000000596046448)
// run: d2f2d(1e-46)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function f2d(f) {
    f = fround(f);
    return +f;
  }
  function f2i(f) {
    f = fround(f);
    return ~~+f;
  }
  function f2u(f) {
    f = fround(f);
    return +((~~f)>>>0);
  }
  function i2f2i(i) {
    i = i|0;
    var f = fround(0);
    f = fround(i|0);
    return ~~f;
  }
  function d2f2d(d) {
    d = +d;
    var f = fround(0);
    f = fround(d);
    return +f;
  }
  return { f2d: f2d, f2i: f2i, f2u: f2u, i2f2i: i2f2i, d2f2d: d2f2d };
}
