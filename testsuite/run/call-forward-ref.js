// calls to functions defined later in the module, in all three return types
// run: first(5)
// run: first(-2147483648)
// run: firstd(2.5)
// run: firstf(0.1)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function first(x) {
    x = x|0;
    return (second(x)|0) + 1|0;
  }
  function firstd(x) {
    x = +x;
    return +seconddbl(x) * 2.0;
  }
  function firstf(x) {
    x = +x;
    return +fround(secondflt(fround(x)));
  }
  function second(x) {
    x = x|0;
    return third(x)|0;
  }
  function third(x) {
    x = x|0;
    return (x * -3)|0;
  }
  function seconddbl(x) {
    x = +x;
    return +(x - 1.0);
  }
  function secondflt(x) {
    x = fround(x);
    return fround(x + fround(1));
  }
  return { first: first, firstd: firstd, firstf: firstf };
}
