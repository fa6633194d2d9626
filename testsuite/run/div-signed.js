// signed int division: by zero gives 0, INT_MIN / -1 gives INT_MIN, no trap
// run: div(7, 2)
// run: div(-7, 2)
// run: div(1, 0)
// run: div(0, 0)
// run: div(-2147483648, -1)
// run: div(2147483647, -1)
// run: div(0x80000000, 0xffffffff)
// run: div(2147483648, 3)
// run: div(4294967301, 2)
// run: div(NaN, 1)
// run: div(1e300, 7)
function M(stdlib, foreign, heap) {
  "use asm";
  function div(a, b) {
    a = a|0;
    b = b|0;
    return ((a|0) / (b|0))|0;
  }
  return { div: div };
}
