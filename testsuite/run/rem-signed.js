// signed int remainder: sign follows the dividend, by zero gives 0, INT_MIN % -1 gives 0
// run: rem(7, 3)
// run: rem(-7, 3)
// run: rem(7, -3)
// run: rem(-7, -3)
// run: rem(5, 0)
// run: rem(0, 0)
// run: rem(-2147483648, -1)
// run: rem(-2147483648, 3)
// run: rem(-2147483648, -2147483648)
// run: rem(2147483647, -2147483648)
// run: rem(-1, 0)
// run: rem(4294967301, 3)
// run: rem(2147483648, 10)
// run: rem(Infinity, 3)
// run: rem(-6, 3)
function M(stdlib, foreign, heap) {
  "use asm";
  function rem(a, b) {
    a = a|0;
    b = b|0;
    return ((a|0) % (b|0))|0;
  }
  return { rem: rem };
}
