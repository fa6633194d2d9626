// x>>>0 of an int parameter, widened to double with +(x>>>0): negative ints become 2^32 - |x|
// run: u(0)
// run: u(-0)
// run: u(-1)
// run: u(-2147483648)
// run: u(2147483647)
// run: u(2147483648)
// run: u(4294967295)
// run: u(4294967296)
// run: u(4294967301)
// run: u(-4294967301)
// run: u(1e300)
// run: u(NaN)
// run: u(-Infinity)
// run: u(-1.5)
// run: u(3.99)
function M(stdlib, foreign, heap) {
  "use asm";
  function u(x) {
    x = x|0;
    return +(x>>>0);
  }
  return { u: u };
}
