// the x = +x annotation keeps arguments as doubles; a double result is returned unchanged
// run: d(0)
// run: d(-0)
// run: d(5e-324)
// run: d(1e300)
// run: d(-Infinity)
// run: d(NaN)
// run: d(4294967301)
// run: d(0.1)
// run: neg(0)
// run: neg(-0)
// run: neg(NaN)
function M(stdlib, foreign, heap) {
  "use asm";
  function d(x) {
    x = +x;
    return +x;
  }
  function neg(x) {
    x = +x;
    return +(-x);
  }
  return { d: d, neg: neg };
}
