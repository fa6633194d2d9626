// float32 additions rounded through fround at every step differ from the same sums in double
// run: chain(0.1, 0.2, 0.3)
// run: chain(16777216, 1, 1)
// run: chain(1e38, 3e38, -3e38)
// run: chain(-0, -0, -0)
// run: chain(-0, 0, -0)
// run: chain(Infinity, -Infinity, 1)
// run: dbl(0.1, 0.2, 0.3)
// run: dbl(16777216, 1, 1)
// run: dbl(1e38, 3e38, -3e38)
// run: sub(1, 1e-8)
// run: sub(0, 0)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function chain(a, b, c) {
    a = fround(a);
    b = fround(b);
    c = fround(c);
    return fround(fround(a + b) + c);
  }
  function dbl(a, b, c) {
    a = fround(a);
    b = fround(b);
    c = fround(c);
    return +(+a + +b + +c);
  }
  function sub(a, b) {
    a = fround(a);
    b = fround(b);
    return fround(a - b);
  }
  return { chain: chain, dbl: dbl, sub: sub };
}
