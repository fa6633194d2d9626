// Math.abs of doubles: -0 -> 0, -Infinity -> Infinity, NaN stays NaN, subnormals keep magnitude
// run: a(-0)
// run: a(0)
// run: a(-1.5)
// run: a(1.5)
// run: a(-Infinity)
// run: a(NaN)
// run: a(-5e-324)
// run: a(-1e300)
// run: a(-2147483648)
// run: negabs(3)
// run: negabs(-0)
function M(stdlib, foreign, heap) {
  "use asm";
  var abs = stdlib.Math.abs;
  function a(x) {
    x = +x;
    return +abs(x);
  }
  function negabs(x) {
    x = +x;
    return +(-abs(x));
  }
  return { a: a, negabs: negabs };
}
