// Math.sqrt of doubles and of floats (float overload rounds to float32): -0 -> -0, negatives -> NaN
// run: d(4)
// run: d(2)
// run: d(-0)
// run: d(0)
// run: d(-1)
// run: d(Infinity)
// run: d(-Infinity)
// run: d(NaN)
// run: d(5e-324)
// run: d(1e300)
// run: f(2)
// run: f(-0)
// run: f(-4)
// run: f(1e300)
// run: f(1e-45)
// run: fd(2)
function M(stdlib, foreign, heap) {
  "use asm";
  var sqrt = stdlib.Math.sqrt;
  var fround = stdlib.Math.fround;
  function d(x) {
    x = +x;
    return +sqrt(x);
  }
  function f(x) {
    x = fround(x);
    return fround(sqrt(x));
  }
  function fd(x) {
    x = fround(x);
    return +sqrt(+x);
  }
  return { d: d, f: f, fd: fd };
}
