// Math.imul multiplies modulo 2^32 with a signed result
// run: m(3, 4)
// run: m(-3, 4)
// run: m(65536, 65536)
// run: m(65537, 65537)
// run: m(2147483647, 2)
// run: m(-2147483648, -1)
// run: m(-2147483648, 2)
// run: m(-1, -1)
// run: m(4294967295, 4294967295)
// run: m(123456789, 987654321)
// run: m(1e300, 5)
// run: m(0xdeadbeef, 0x9e3779b9)
// run: byconst(0x7fffffff)
// run: byconst(-5)
function M(stdlib, foreign, heap) {
  "use asm";
  var imul = stdlib.Math.imul;
  function m(a, b) {
    a = a|0;
    b = b|0;
    return imul(a, b)|0;
  }
  function byconst(a) {
    a = a|0;
    return imul(a, -1640531527)|0;
  }
  return { m: m, byconst: byconst };
}
