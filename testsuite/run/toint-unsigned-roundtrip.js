// int -> unsigned double -> int: ~~+(x>>>0) wraps back, and +(x>>>0) arithmetic stays exact
// run: rt(-1)
// run: rt(-2147483648)
// run: rt(2147483647)
// run: rt(0)
// run: twice(-1)
// run: twice(2147483648)
// run: twice(1)
// run: cmp(-1, 1)
// run: cmp(1, -1)
// run: cmp(-2147483648, 2147483647)
function M(stdlib, foreign, heap) {
  "use asm";
  function rt(x) {
    x = x|0;
    return ~~+(x>>>0);
  }
  function twice(x) {
    x = x|0;
    return +(x>>>0) + +(x>>>0);
  }
  function cmp(a, b) {
    a = a|0;
    b = b|0;
    return (+(a>>>0) > +(b|0))|0;
  }
  return { rt: rt, twice: twice, cmp: cmp };
}
