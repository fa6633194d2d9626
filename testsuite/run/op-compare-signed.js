// signed int comparisons around INT_MIN/INT_MAX; results are 0 or 1
// run: all(1, 2)
// run: all(2, 1)
// run: all(5, 5)
// run: all(-1, 1)
// run: all(-2147483648, 2147483647)
// run: all(2147483647, -2147483648)
// run: all(0x80000000, 0)
// run: all(4294967295, 0)
// run: all(-0, 0)
function M(stdlib, foreign, heap) {
  "use asm";
  function all(a, b) {
    a = a|0;
    b = b|0;
    return ((a|0) < (b|0) | ((a|0) <= (b|0)) << 1 | ((a|0) > (b|0)) << 2 | ((a|0) >= (b|0)) << 3 | ((a|0) == (b|0)) << 4 | ((a|0) != (b|0)) << 5)|0;
  }
  return { all: all };
}
