// wasi: 0
// wasi: 3
// wasi: -1
// A WASI command printing doubles: `print` (and `log`, the same
// console.log) writes each in JS's shortest form, -0 as `-0`, mixed with
// ints on one line. The argument scales a running sum.
function Doubles(stdlib, foreign, heap) {
  "use asm";
  var print = foreign.print, log = foreign.log;
  var sqrt = stdlib.Math.sqrt, fround = stdlib.Math.fround;
  var inf = stdlib.Infinity, nan = stdlib.NaN;
  function main(k) {
    k = k | 0;
    var x = 0.0, i = 0, s = 0.0;
    print(0.1, 0.2, 0.1 + 0.2);
    print(-0.0, 0.0, 1.0 / 3.0, -2.0 / 3.0);
    print(inf, -inf, nan);
    print(1.0e21, 1.0e20, 123456789012345680000.0, 1.0e-7, 1.5e-7, 0.000001);
    print(5.0e-324, 2.2250738585072014e-308, 1.7976931348623157e308);
    print(+fround(0.1), +fround(16777217.0), 4294967295.0, -2147483648.0);
    log(1, 2.5, -3, 9007199254740993.0);
    for (i = 1; (i | 0) <= 20; i = (i + 1) | 0) {
      x = sqrt(+(i | 0)) * +(k | 0);
      s = s + x / 7.0;
      print(i | 0, x, s);
    }
    return 0;
  }
  return { main: main };
}
