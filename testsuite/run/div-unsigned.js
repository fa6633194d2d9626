// unsigned int division (>>>0 operands): by zero gives 0, operands above 2^31 divide as unsigned
// run: div(7, 2)
// run: div(1, 0)
// run: div(0, 0)
// run: div(-1, 1)
// run: div(-1, 2)
// run: div(-1, -1)
// run: div(0x80000000, 2)
// run: div(-2147483648, -1)
// run: div(4294967295, 4294967294)
// run: div(4294967301, 2)
// run: div(-7, 0)
// run: div(NaN, 3)
// run: udiv(4294967295, 3)
// run: udiv(-2, 1)
// run: udiv(10, 0)
function M(stdlib, foreign, heap) {
  "use asm";
  function div(a, b) {
    a = a|0;
    b = b|0;
    return ((a>>>0) / (b>>>0))|0;
  }
  function udiv(a, b) {
    a = a|0;
    b = b|0;
    return +(((a>>>0) / (b>>>0))>>>0);
  }
  return { div: div, udiv: udiv };
}
