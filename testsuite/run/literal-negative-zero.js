// -0 in an expression is the double negative zero (both engines), not int
// negation of 0; `var x = -0` still declares an int local
// run: recip()
// run: compare(0.0)
// run: compare(-0.0)
// run: sum(-0.0)
// run: intlocal()
function M(stdlib, foreign, heap) {
  "use asm";
  function recip() {
    return +(1.0 / -0);
  }
  function compare(x) {
    x = +x;
    return ((.0 < -0) + ((x == -0) << 1) + ((1.0 / (x + -0) < 0.0) << 2))|0;
  }
  function sum(x) {
    x = +x;
    return +(1.0 / (-0 + x));
  }
  function intlocal() {
    var i = -0;
    i = (i + 1)|0;
    return i|0;
  }
  return { recip: recip, compare: compare, sum: sum, intlocal: intlocal };
}
