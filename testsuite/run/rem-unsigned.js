// unsigned int remainder (>>>0 operands): by zero gives 0, operands above 2^31
// run: rem(7, 3)
// run: rem(-1, 10)
// run: rem(-7, 3)
// run: rem(7, -3)
// run: rem(5, 0)
// run: rem(-1, 0)
// run: rem(-2147483648, -1)
// run: rem(-1, -2147483648)
// run: rem(4294967295, 4294967294)
// run: rem(4294967301, 3)
// run: urem(-1, 7)
// run: urem(-2147483648, 0)
function M(stdlib, foreign, heap) {
  "use asm";
  function rem(a, b) {
    a = a|0;
    b = b|0;
    return ((a>>>0) % (b>>>0))|0;
  }
  function urem(a, b) {
    a = a|0;
    b = b|0;
    return +(((a>>>0) % (b>>>0))>>>0);
  }
  return { rem: rem, urem: urem };
}
