// Math.min and Math.max of float arguments widened to double, result rounded back: -0 vs 0, NaN
// run: min2(0, -0)
// run: max2(-0, 0)
// run: min2(NaN, 1)
// run: max2(1, NaN)
// run: min2(0.1, 0.10000000149011612)
// run: max2(1e300, 3)
// run: min3(3, -1e300, 2)
function M(stdlib, foreign, heap) {
  "use asm";
  var min = stdlib.Math.min;
  var max = stdlib.Math.max;
  var fround = stdlib.Math.fround;
  function min2(a, b) {
    a = fround(a);
    b = fround(b);
    return fround(min(+a, +b));
  }
  function max2(a, b) {
    a = fround(a);
    b = fround(b);
    return fround(max(+a, +b));
  }
  function min3(a, b, c) {
    a = fround(a);
    b = fround(b);
    c = fround(c);
    return fround(min(+a, +b, +c));
  }
  return { min2: min2, max2: max2, min3: min3 };
}
