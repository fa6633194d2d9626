// Math.min and Math.max of doubles: -0 is below 0, any NaN argument gives NaN
// run: min2(0, -0)
// run: min2(-0, 0)
// run: max2(0, -0)
// run: max2(-0, 0)
// run: min2(NaN, 1)
// run: min2(1, NaN)
// run: max2(NaN, -Infinity)
// run: max2(-Infinity, NaN)
// run: min2(-Infinity, 1e300)
// run: max2(5e-324, 0)
// run: min3(3, 1, 2)
// run: max3(-0, -0, 0)
// run: min3(-0, 0, NaN)
// run: min4(4, 3, 2, 1)
// run: max4(1, 2, 3, 4)
// run: max4(1, NaN, 3, 4)
// run: min4(0, 0, 0, -0)
function M(stdlib, foreign, heap) {
  "use asm";
  var min = stdlib.Math.min;
  var max = stdlib.Math.max;
  function min2(a, b) {
    a = +a;
    b = +b;
    return +min(a, b);
  }
  function max2(a, b) {
    a = +a;
    b = +b;
    return +max(a, b);
  }
  function min3(a, b, c) {
    a = +a;
    b = +b;
    c = +c;
    return +min(a, b, c);
  }
  function max3(a, b, c) {
    a = +a;
    b = +b;
    c = +c;
    return +max(a, b, c);
  }
  function min4(a, b, c, d) {
    a = +a;
    b = +b;
    c = +c;
    d = +d;
    return +min(a, b, c, d);
  }
  function max4(a, b, c, d) {
    a = +a;
    b = +b;
    c = +c;
    d = +d;
    return +max(a, b, c, d);
  }
  return { min2: min2, max2: max2, min3: min3, max3: max3, min4: min4, max4: max4 };
}
