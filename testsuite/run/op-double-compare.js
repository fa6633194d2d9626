// double comparisons: NaN is unordered (only != is true), -0 == 0, infinities order correctly
// run: all(1, 2)
// run: all(2, 1)
// run: all(-0, 0)
// run: all(NaN, 1)
// run: all(1, NaN)
// run: all(NaN, NaN)
// run: all(-Infinity, -1e300)
// run: all(Infinity, Infinity)
// run: all(5e-324, 0)
// run: all(4294967296, 4294967297)
function M(stdlib, foreign, heap) {
  "use asm";
  function all(a, b) {
    a = +a;
    b = +b;
    return ((a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4 | (a != b) << 5)|0;
  }
  return { all: all };
}
