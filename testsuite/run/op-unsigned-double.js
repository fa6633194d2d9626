// mixing unsigned and signed views of the same bits in double arithmetic: +(x>>>0) vs +(x|0)
// run: diff(-1)
// run: diff(-2147483648)
// run: diff(2147483647)
// run: diff(0)
// run: prod(-1, -1)
// run: prod(65536, -1)
// run: prod(-2147483648, 2)
// run: back(-1, 0.5)
// run: back(2147483647, 1)
function M(stdlib, foreign, heap) {
  "use asm";
  function diff(x) {
    x = x|0;
    return +(+(x>>>0) - +(x|0));
  }
  function prod(a, b) {
    a = a|0;
    b = b|0;
    return +(a>>>0) * +(b>>>0);
  }
  function back(a, d) {
    a = a|0;
    d = +d;
    return ~~(+(a>>>0) + d)|0;
  }
  return { diff: diff, prod: prod, back: back };
}
