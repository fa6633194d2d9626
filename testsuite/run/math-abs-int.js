// Math.abs of a signed int: abs(INT_MIN) stays 0x80000000 (read as signed or as unsigned)
// run: s(0)
// run: s(-1)
// run: s(5)
// run: s(-2147483648)
// run: s(-2147483647)
// run: s(2147483647)
// run: s(4294967295)
// run: u(-2147483648)
// run: u(-7)
// run: u(2147483648)
function M(stdlib, foreign, heap) {
  "use asm";
  var abs = stdlib.Math.abs;
  function s(x) {
    x = x|0;
    return abs(x|0)|0;
  }
  function u(x) {
    x = x|0;
    return +(abs(x|0)>>>0);
  }
  return { s: s, u: u };
}
