// logical ! on ints gives 0 or 1; !! normalises; ! of a comparison; ! on doubles via comparison
// run: not(0)
// run: not(1)
// run: not(-1)
// run: not(-2147483648)
// run: not(4294967296)
// run: notnot(0)
// run: notnot(-7)
// run: notcmp(3, 4)
// run: notcmp(4, 3)
// run: notnan(NaN)
// run: notnan(0)
// run: notnan(-0)
function M(stdlib, foreign, heap) {
  "use asm";
  function not(a) {
    a = a|0;
    return (!a)|0;
  }
  function notnot(a) {
    a = a|0;
    return (!!a)|0;
  }
  function notcmp(a, b) {
    a = a|0;
    b = b|0;
    return (!((a|0) < (b|0)))|0;
  }
  function notnan(d) {
    d = +d;
    return ((!(d == d)) << 1 | !(d != 0.0))|0;
  }
  return { not: not, notnot: notnot, notcmp: notcmp, notnan: notnan };
}
