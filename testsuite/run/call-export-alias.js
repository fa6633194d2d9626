// one function exported under two names, plus an exported function that is also called internally
// run: a(5)
// run: b(5)
// run: c(5)
// run: a(-2147483648)
function M(stdlib, foreign, heap) {
  "use asm";
  function neg(x) {
    x = x|0;
    return (-x)|0;
  }
  function twice(x) {
    x = x|0;
    return ((neg(x)|0) + (neg(x)|0))|0;
  }
  return { a: neg, b: neg, c: twice };
}
