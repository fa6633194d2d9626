// double division: signed zeros, infinities, NaN, overflow and underflow to subnormals
// run: div(1, 3)
// run: div(1, 0)
// run: div(-1, 0)
// run: div(1, -0)
// run: div(0, 0)
// run: div(0, -5)
// run: div(-0, 5)
// run: div(Infinity, Infinity)
// run: div(5, Infinity)
// run: div(-5, Infinity)
// run: div(1e300, 1e-300)
// run: div(5e-324, 2)
// run: div(1.5e-323, 2)
// run: div(1e-310, 1e10)
// run: div(NaN, 0)
// run: div(2147483648, -1)
// run: recip(-0)
// run: recip(0)
// run: recip(4)
// run: recip(5e-324)
function M(stdlib, foreign, heap) {
  "use asm";
  function div(a, b) {
    a = +a;
    b = +b;
    return +(a / b);
  }
  function recip(a) {
    a = +a;
    return +(1.0 / a);
  }
  return { div: div, recip: recip };
}
