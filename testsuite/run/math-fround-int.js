// Math.fround of signed and unsigned ints: above 2^24 the value rounds to nearest, ties to even
// run: s(16777216)
// run: s(16777217)
// run: s(16777218)
// run: s(16777219)
// run: s(-16777217)
// run: s(2147483647)
// run: s(-2147483648)
// run: s(-2147483521)
// run: u(-1)
// run: u(-2147483648)
// run: u(-129)
// run: u(4294967040)
// run: u(16777217)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function s(x) {
    x = x|0;
    return fround(x|0);
  }
  function u(x) {
    x = x|0;
    return fround(x>>>0);
  }
  return { s: s, u: u };
}
