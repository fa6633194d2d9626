// conditional expressions ?: on int, double and float values; only the chosen arm is evaluated
// run: sel(1, 2, 3)
// run: sel(0, 2, 3)
// run: sel(-2147483648, 2, 3)
// run: seld(1, -0)
// run: seld(0, -0)
// run: self(1, 0.1)
// run: self(0, 0.1)
// run: nested(5)
// run: nested(-5)
// run: nested(0)
// run: lazy(1)
// run: lazy(0)
// run: count(0)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  var n = 0;
  function bump() {
    n = (n + 1)|0;
    return n|0;
  }
  function sel(c, a, b) {
    c = c|0;
    a = a|0;
    b = b|0;
    return (c ? a : b)|0;
  }
  function seld(c, d) {
    c = c|0;
    d = +d;
    return +(c ? d : 1.0);
  }
  function self(c, d) {
    c = c|0;
    d = +d;
    return fround(c ? fround(d) : fround(2.5));
  }
  function nested(x) {
    x = x|0;
    return ((x|0) > 0 ? 1 : (x|0) < 0 ? -1 : 0)|0;
  }
  function lazy(c) {
    c = c|0;
    return (c ? bump()|0 : 100)|0;
  }
  function count(x) {
    x = x|0;
    return n|0;
  }
  return { sel: sel, seld: seld, self: self, nested: nested, lazy: lazy, count: count };
}
