// ~(~~d) is the bitwise complement of ToInt32(d); ~(~(~~d)) is ToInt32(d); ~(~i) is i
// run: comp(0)
// run: comp(-0)
// run: comp(1.9)
// run: comp(-1.9)
// run: comp(NaN)
// run: comp(4294967301)
// run: comp(-2147483649)
// run: comp(1e300)
// run: twice(2147483648)
// run: twice(-Infinity)
// run: twice(3.5)
// run: inner(0)
// run: inner(-1)
// run: inner(2147483647)
// run: inner(-2147483648)
function M(stdlib, foreign, heap) {
  "use asm";
  function comp(d) {
    d = +d;
    return ~(~~d);
  }
  function twice(d) {
    d = +d;
    return ~(~(~~d));
  }
  function inner(i) {
    i = i|0;
    return ~(~i);
  }
  return { comp: comp, twice: twice, inner: inner };
}
