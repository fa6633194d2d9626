// Math.abs of floats: -0 -> 0, rounding of the argument to float happens first
// run: a(-0)
// run: a(-0.1)
// run: a(-1e300)
// run: a(NaN)
// run: a(-1e-45)
// run: a(-16777217)
// run: sum(-1.5, 2.25)
function M(stdlib, foreign, heap) {
  "use asm";
  var abs = stdlib.Math.abs;
  var fround = stdlib.Math.fround;
  function a(x) {
    x = fround(x);
    return fround(abs(x));
  }
  function sum(x, y) {
    x = fround(x);
    y = fround(y);
    return +fround(fround(abs(x)) + fround(abs(y)));
  }
  return { a: a, sum: sum };
}
