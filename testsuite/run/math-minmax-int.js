// Math.min and Math.max of signed ints with two, three and four arguments
// run: min2(1, 2)
// run: min2(-2147483648, 2147483647)
// run: min2(4294967295, 0)
// run: max2(-1, 0)
// run: max2(-2147483648, -2147483647)
// run: max2(2147483648, 0)
// run: min3(5, -3, 4)
// run: max3(5, -3, 4)
// run: min4(7, 8, 9, -10)
// run: max4(-7, -8, -9, -10)
// run: min4(0, 0, 0, 0)
// run: max4(1, 2147483647, -2147483648, 3)
function M(stdlib, foreign, heap) {
  "use asm";
  var min = stdlib.Math.min;
  var max = stdlib.Math.max;
  function min2(a, b) {
    a = a|0;
    b = b|0;
    return min(a|0, b|0)|0;
  }
  function max2(a, b) {
    a = a|0;
    b = b|0;
    return max(a|0, b|0)|0;
  }
  function min3(a, b, c) {
    a = a|0;
    b = b|0;
    c = c|0;
    return min(a|0, b|0, c|0)|0;
  }
  function max3(a, b, c) {
    a = a|0;
    b = b|0;
    c = c|0;
    return max(a|0, b|0, c|0)|0;
  }
  function min4(a, b, c, d) {
    a = a|0;
    b = b|0;
    c = c|0;
    d = d|0;
    return min(a|0, b|0, c|0, d|0)|0;
  }
  function max4(a, b, c, d) {
    a = a|0;
    b = b|0;
    c = c|0;
    d = d|0;
    return max(a|0, b|0, c|0, d|0)|0;
  }
  return { min2: min2, max2: max2, min3: min3, max3: max3, min4: min4, max4: max4 };
}
