// bitwise &, |, ^ and ~ on full 32-bit patterns, including ~ of INT_MIN and -1
// run: and(-1, 0x80000000)
// run: and(0xf0f0f0f0, 0x0ff00ff0)
// run: or(0x80000000, 1)
// run: or(0, 0)
// run: xor(-1, 0x55555555)
// run: xor(-2147483648, -2147483648)
// run: not(0)
// run: not(-1)
// run: not(-2147483648)
// run: not(2147483647)
// run: not(4294967301)
// run: notnot(7.9)
// run: mix(0x12345678)
function M(stdlib, foreign, heap) {
  "use asm";
  function and(a, b) {
    a = a|0;
    b = b|0;
    return a & b;
  }
  function or(a, b) {
    a = a|0;
    b = b|0;
    return a | b;
  }
  function xor(a, b) {
    a = a|0;
    b = b|0;
    return a ^ b;
  }
  function not(a) {
    a = a|0;
    return ~a;
  }
  function notnot(d) {
    d = +d;
    return ~~d;
  }
  function mix(a) {
    a = a|0;
    return (a & 0xff00ff | ~a & 0xff00ff00 ^ a >>> 16)|0;
  }
  return { and: and, or: or, xor: xor, not: not, notnot: notnot, mix: mix };
}
