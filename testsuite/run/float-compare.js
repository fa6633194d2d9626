// float comparisons: NaN compares false (except !=), -0 equals 0, arguments rounded to float first
// run: lt(1, 2)
// run: lt(NaN, 1)
// run: le(-0, 0)
// run: eq(-0, 0)
// run: eq(NaN, NaN)
// run: ne(NaN, NaN)
// run: ne(0.1, 0.10000000149011612)
// run: eq(16777216, 16777217)
// run: gt(1e300, 3.5e38)
// run: ge(-Infinity, -1e300)
// run: all(1, 2)
// run: all(2, 1)
// run: all(NaN, 1)
// run: all(-0, 0)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function lt(a, b) {
    a = fround(a);
    b = fround(b);
    return (a < b)|0;
  }
  function le(a, b) {
    a = fround(a);
    b = fround(b);
    return (a <= b)|0;
  }
  function gt(a, b) {
    a = fround(a);
    b = fround(b);
    return (a > b)|0;
  }
  function ge(a, b) {
    a = fround(a);
    b = fround(b);
    return (a >= b)|0;
  }
  function eq(a, b) {
    a = fround(a);
    b = fround(b);
    return (a == b)|0;
  }
  function ne(a, b) {
    a = fround(a);
    b = fround(b);
    return (a != b)|0;
  }
  function all(a, b) {
    a = fround(a);
    b = fround(b);
    return ((a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4 | (a != b) << 5)|0;
  }
  return { lt: lt, le: le, gt: gt, ge: ge, eq: eq, ne: ne, all: all };
}
