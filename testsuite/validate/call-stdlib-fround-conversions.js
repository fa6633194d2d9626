// Math.fround converts signed, unsigned, double and float values
// spec: 6.9, 6.11
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;

  function f(i, d, s) {
    i = i|0;
    d = +d;
    s = fround(s);
    var r = fround(0);
    r = fround(i|0);
    r = fround(i >>> 0);
    r = fround(d);
    r = fround(s);
    return fround(r);
  }
  return f;
}
