// float32 multiplication: rounding of products, overflow to Infinity, underflow, signed zeros
// run: mul(0.1, 3)
// run: mul(4097, 4097)
// run: mul(3e38, 2)
// run: mul(1e-30, 1e-30)
// run: mul(-0, 5)
// run: mul(-1, 0)
// run: mul(Infinity, 0)
// run: mul(NaN, 0)
// run: sq(16777215)
// run: sq(1.5)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function mul(a, b) {
    a = fround(a);
    b = fround(b);
    return fround(a * b);
  }
  function sq(a) {
    a = fround(a);
    return +fround(a * a);
  }
  return { mul: mul, sq: sq };
}
