// unary minus on ints: -INT_MIN wraps to INT_MIN, -0 as int is 0
// run: neg(5)
// run: neg(-5)
// run: neg(0)
// run: neg(-0)
// run: neg(-2147483648)
// run: neg(2147483647)
// run: neg(4294967295)
// run: negd(0)
// run: negd(-2147483648)
// run: sub0(-2147483648)
function M(stdlib, foreign, heap) {
  "use asm";
  function neg(a) {
    a = a|0;
    return (-a)|0;
  }
  function negd(a) {
    a = a|0;
    return +(-(+(a|0)));
  }
  function sub0(a) {
    a = a|0;
    return (0 - a)|0;
  }
  return { neg: neg, negd: negd, sub0: sub0 };
}
