// unsigned comparisons (>>>0 operands): values at and above 2^31 are larger than INT_MAX
// run: all(1, 2)
// run: all(-1, 1)
// run: all(1, -1)
// run: all(-2147483648, 2147483647)
// run: all(2147483647, -2147483648)
// run: all(-1, -1)
// run: all(-1, -2)
// run: all(2147483648, 2147483647)
// run: all(0, -2147483648)
// run: lit(-1)
// run: lit(2147483647)
// run: lit(-2147483648)
function M(stdlib, foreign, heap) {
  "use asm";
  function all(a, b) {
    a = a|0;
    b = b|0;
    return ((a>>>0) < (b>>>0) | ((a>>>0) <= (b>>>0)) << 1 | ((a>>>0) > (b>>>0)) << 2 | ((a>>>0) >= (b>>>0)) << 3 | ((a>>>0) == (b>>>0)) << 4 | ((a>>>0) != (b>>>0)) << 5)|0;
  }
  function lit(a) {
    a = a|0;
    return ((a>>>0) > 2147483648 | ((a>>>0) >= 4294967295) << 1 | ((a>>>0) < 2147483647) << 2)|0;
  }
  return { all: all, lit: lit };
}
