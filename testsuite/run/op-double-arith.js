// double + - * with signed zeros, infinities, NaN, overflow and subnormal results
// run: add(-0, -0)
// run: add(-0, 0)
// run: add(Infinity, -Infinity)
// run: add(1e308, 1e308)
// run: add(5e-324, 5e-324)
// run: add(0.1, 0.2)
// run: sub(0, 0)
// run: sub(-0, 0)
// run: sub(0, -0)
// run: sub(Infinity, Infinity)
// run: sub(1, 1)
// run: mul(-0, 5)
// run: mul(-0, -5)
// run: mul(Infinity, 0)
// run: mul(1e-200, 1e-200)
// run: mul(2.2250738585072014e-308, 0.5)
// run: mul(NaN, 0)
// run: mul(-1e300, 1e300)
function M(stdlib, foreign, heap) {
  "use asm";
  function add(a, b) {
    a = +a;
    b = +b;
    return +(a + b);
  }
  function sub(a, b) {
    a = +a;
    b = +b;
    return +(a - b);
  }
  function mul(a, b) {
    a = +a;
    b = +b;
    return +(a * b);
  }
  return { add: add, sub: sub, mul: mul };
}
