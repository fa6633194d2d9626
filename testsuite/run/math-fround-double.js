// Math.fround of doubles: round to nearest float32 with ties to even, overflow to Infinity, underflow to 0
// run: r(0.1)
// run: r(1.00000005960464477539)
// run: r(1.0000001192092896)
// run: r(1.00000017881393432617)
// run: r(3.4028235677973362e38)
// run: r(3.4028235677973366e38)
// run: r(-3.5e38)
// run: r(1e300)
// run: r(1.401298464324817e-45)
// run: r(7.006492321624085e-46)
// run: r(7.006492321624087e-46)
// run: r(2.1019476964872256e-45)
// run: r(5e-324)
// run: r(-5e-324)
// run: r(-0)
// run: r(NaN)
// run: r(-Infinity)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function r(x) {
    x = +x;
    return +fround(x);
  }
  return { r: r };
}
