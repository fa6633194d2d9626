// ~~ applied to double expressions: products, quotients and sums that leave the int32 range
// run: mul(65536, 65536)
// run: mul(-46341, 46341)
// run: mul(1.5, 3)
// run: mul(1e200, 1e200)
// run: mul(-0, 5)
// run: quot(7, 2)
// run: quot(-7, 2)
// run: quot(1, 0)
// run: quot(0, 0)
// run: quot(-4294967301, 1)
// run: add(2147483647, 1)
// run: add(-2147483648, -0.5)
// run: add(-2147483648, -1)
function M(stdlib, foreign, heap) {
  "use asm";
  function mul(a, b) {
    a = +a;
    b = +b;
    return ~~(a * b);
  }
  function quot(a, b) {
    a = a|0;
    b = b|0;
    return ~~(+(a|0) / +(b|0));
  }
  function add(a, b) {
    a = +a;
    b = +b;
    return ~~(a + b);
  }
  return { mul: mul, quot: quot, add: add };
}
