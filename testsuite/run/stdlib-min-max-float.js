// Math.min and Math.max on floats (both engines; the spec has no float
// overload): f32.min/f32.max keep JS's NaN and -0 rules; 1/x shows the sign
// of a zero
// run: mn(1.5, -2.25)
// run: mx(1.5, -2.25)
// run: mn(0.0, -0.0)
// run: mx(-0.0, 0.0)
// run: mn(NaN, 1.0)
// run: mx(1.0, NaN)
// run: mn(Infinity, -Infinity)
// run: mx(-Infinity, 3.0)
// run: three(2.0, -1.0, 0.5)
// run: three(NaN, -1.0, 0.5)
// run: zsign(0.0, -0.0)
// run: zsign(-0.0, 0.0)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  var min = stdlib.Math.min;
  var max = stdlib.Math.max;
  function mn(a, b) {
    a = +a;
    b = +b;
    var x = fround(0);
    x = min(fround(a), fround(b));
    return +x;
  }
  function mx(a, b) {
    a = +a;
    b = +b;
    return +max(fround(a), fround(b));
  }
  function three(a, b, c) {
    a = +a;
    b = +b;
    c = +c;
    return +fround(max(fround(a), fround(b), fround(c)) - min(fround(a), fround(b), fround(c)));
  }
  function zsign(a, b) {
    a = +a;
    b = +b;
    return +(1.0 / +min(fround(a), fround(b)) - 1.0 / +max(fround(a), fround(b)));
  }
  return { mn: mn, mx: mx, three: three, zsign: zsign };
}
