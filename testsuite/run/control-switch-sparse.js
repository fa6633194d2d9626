// sparse switches with widely spread case values reaching INT_MAX (non-negative) and INT_MIN (negative)
// run: hi(0)
// run: hi(1000)
// run: hi(1000000)
// run: hi(2147483647)
// run: hi(2147483646)
// run: hi(-1)
// run: hi(999)
// run: hi(NaN)
// run: lo(-2147483648)
// run: lo(2147483648)
// run: lo(-1000000)
// run: lo(-1)
// run: lo(0)
// run: lo(-2147483647)
function M(stdlib, foreign, heap) {
  "use asm";
  function hi(x) {
    x = x|0;
    var r = 0;
    switch (x|0) {
      case 1000000: r = 1; break;
      case 0: r = 2; break;
      case 2147483647: r = 4; break;
      case 1000: r = 6; break;
      default: r = 7;
    }
    return r|0;
  }
  function lo(x) {
    x = x|0;
    var r = 0;
    switch (x|0) {
      case -1: r = 1; break;
      case -2147483648: r = 2; break;
      case -1000000: r = 3; break;
      case -65536: r = 4; break;
      default: r = 5;
    }
    return r|0;
  }
  return { hi: hi, lo: lo };
}
