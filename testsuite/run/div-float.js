// float division rounds to float32; overflow to Infinity and underflow in the float range
// run: div(1, 3)
// run: div(2, 3)
// run: div(1, 0)
// run: div(-1, 0)
// run: div(0, 0)
// run: div(-0, 1)
// run: div(3e38, 0.1)
// run: div(1e-38, 1e6)
// run: div(1e-45, 2)
// run: div(16777217, 1)
// run: div(1e300, 1e300)
// run: div(Infinity, -2)
// run: div(NaN, 1)
// run: viadouble(1, 3)
// run: viadouble(1e-45, 3)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function div(a, b) {
    a = fround(a);
    b = fround(b);
    return fround(a / b);
  }
  function viadouble(a, b) {
    a = fround(a);
    b = fround(b);
    return +(+a / +b);
  }
  return { div: div, viadouble: viadouble };
}
