// +(x|0) widens a signed int to double exactly; int results of arithmetic widened the same way
// run: s(0)
// run: s(-0)
// run: s(-1)
// run: s(-2147483648)
// run: s(2147483648)
// run: s(4294967301)
// run: s(-2.5)
// run: s(NaN)
// run: sum(2147483647, 1)
// run: sum(-2147483648, -1)
// run: half(-7)
// run: half(7)
function M(stdlib, foreign, heap) {
  "use asm";
  function s(x) {
    x = x|0;
    return +(x|0);
  }
  function sum(a, b) {
    a = a|0;
    b = b|0;
    return +((a + b)|0);
  }
  function half(a) {
    a = a|0;
    return +(a|0) / 2.0;
  }
  return { s: s, sum: sum, half: half };
}
