// float negation flips the sign of zeros and NaN-free values; results returned as float
// run: neg(1.5)
// run: neg(0)
// run: neg(-0)
// run: neg(Infinity)
// run: neg(1e300)
// run: negsub(0, 0)
// run: negsub(1, 1)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function neg(a) {
    a = fround(a);
    return fround(-a);
  }
  function negsub(a, b) {
    a = fround(a);
    b = fround(b);
    return fround(-fround(a - b));
  }
  return { neg: neg, negsub: negsub };
}
