// the x = fround(x) annotation rounds arguments to float32: huge -> Infinity, tiny -> 0, ties to even
// run: f(0.1)
// run: f(-0)
// run: f(16777217)
// run: f(16777219)
// run: f(1e300)
// run: f(-1e300)
// run: f(3.4028235677973366e38)
// run: f(3.4028235677973362e38)
// run: f(5e-324)
// run: f(-5e-324)
// run: f(1e-45)
// run: f(7e-46)
// run: f(NaN)
// run: f(2147483647)
// run: f(4294967301)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function f(x) {
    x = fround(x);
    return +x;
  }
  return { f: f };
}
