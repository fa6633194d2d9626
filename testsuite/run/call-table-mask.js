// function-table index masking: the index expression is reduced with & (size-1) before the call
// run: pick(0)
// run: pick(7)
// run: pick(8)
// run: pick(15)
// run: pick(-1)
// run: pick(-8)
// run: pick(-2147483648)
// run: pick(2147483647)
// run: pick(4294967295)
// run: pick(NaN)
// run: pick(1e300)
// run: expr(3, 4)
// run: expr(-5, 1)
function M(stdlib, foreign, heap) {
  "use asm";
  function c0() { return 0; }
  function c1() { return 1; }
  function c2() { return 2; }
  function c3() { return 3; }
  function c4() { return 4; }
  function c5() { return 5; }
  function c6() { return 6; }
  function c7() { return 7; }
  function pick(i) {
    i = i|0;
    return tbl[i & 7]()|0;
  }
  function expr(a, b) {
    a = a|0;
    b = b|0;
    return tbl[((a + b)|0) & 7]()|0;
  }
  var tbl = [c0, c1, c2, c3, c4, c5, c6, c7];
  return { pick: pick, expr: expr };
}
