// Math.ceil and Math.floor of floats: the float overloads; ceil(-0.5) is -0
// run: c(1.5)
// run: c(-0.5)
// run: c(-0)
// run: c(0.1)
// run: c(8388607.5)
// run: c(1e300)
// run: c(NaN)
// run: f(-1.5)
// run: f(-0.5)
// run: f(0.9)
// run: f(-1e-45)
// run: f(-8388607.5)
// run: f(-1e300)
function M(stdlib, foreign, heap) {
  "use asm";
  var ceil = stdlib.Math.ceil;
  var floor = stdlib.Math.floor;
  var fround = stdlib.Math.fround;
  function c(x) {
    x = fround(x);
    return fround(ceil(x));
  }
  function f(x) {
    x = fround(x);
    return fround(floor(x));
  }
  return { c: c, f: f };
}
