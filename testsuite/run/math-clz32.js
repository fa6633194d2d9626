// Math.clz32 counts leading zero bits of the 32-bit value: 0 -> 32, negatives -> 0
// run: c(0)
// run: c(1)
// run: c(-1)
// run: c(-2147483648)
// run: c(2147483647)
// run: c(65535)
// run: c(65536)
// run: c(4294967296)
// run: c(4294967297)
// run: c(NaN)
// run: c(0.5)
// run: nz(0)
// run: nz(8)
function M(stdlib, foreign, heap) {
  "use asm";
  var clz32 = stdlib.Math.clz32;
  function c(x) {
    x = x|0;
    return clz32(x|0)|0;
  }
  function nz(x) {
    x = x|0;
    return (31 - (clz32(x|0)|0))|0;
  }
  return { c: c, nz: nz };
}
