// double %: zero divisors, infinities, NaN, signed zeros, subnormals, huge and tiny ratios
// run: fmod(5, 0)
// run: fmod(5, -0)
// run: fmod(0, 5)
// run: fmod(-0, 5)
// run: fmod(-0, -5)
// run: fmod(0, 0)
// run: fmod(Infinity, 2)
// run: fmod(-Infinity, 2)
// run: fmod(2, Infinity)
// run: fmod(-2, -Infinity)
// run: fmod(Infinity, Infinity)
// run: fmod(NaN, 1)
// run: fmod(1, NaN)
// run: fmod(1e300, 3)
// run: fmod(-1e300, 7)
// run: fmod(1.7976931348623157e308, 1.5)
// run: fmod(1e300, 5e-324)
// run: fmod(5e-324, 1e300)
// run: fmod(1.5e-323, 1e-323)
// run: fmod(2.2250738585072014e-308, 5e-324)
// run: fmod(1e-310, 3e-311)
// run: fmod(1, 1e-300)
// run: fmod(-1e-300, 1e300)
function M(stdlib, foreign, heap) {
  "use asm";
  function fmod(a, b) {
    a = +a;
    b = +b;
    return +(a % b);
  }
  return { fmod: fmod };
}
