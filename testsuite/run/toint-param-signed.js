// the x = x|0 annotation applies ToInt32 to arguments: fractions, huge values, NaN, infinities wrap or vanish
// run: id(0)
// run: id(-0)
// run: id(1.9)
// run: id(-1.9)
// run: id(2147483647)
// run: id(2147483648)
// run: id(-2147483649)
// run: id(4294967295)
// run: id(4294967296)
// run: id(4294967301)
// run: id(-4294967301)
// run: id(1e300)
// run: id(5e-324)
// run: id(NaN)
// run: id(Infinity)
// run: id(-Infinity)
// run: id(9007199254740993)
// run: id(4.5e15)
// run: id(0x80000000)
// run: sum(2147483647, 1)
// run: sum(4294967295, 4294967295)
function M(stdlib, foreign, heap) {
  "use asm";
  function id(x) {
    x = x|0;
    return x|0;
  }
  function sum(a, b) {
    a = a|0;
    b = b|0;
    return (a + b)|0;
  }
  return { id: id, sum: sum };
}
