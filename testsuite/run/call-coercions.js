// internal calls returning int, double and float, with arguments and results coerced at the call site
// run: run(3, 1.5)
// run: run(-2147483648, -0)
// run: run(2147483647, 1e300)
// run: run(0, NaN)
// run: run(-1, 0.1)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function inc(x) {
    x = x|0;
    return (x + 1)|0;
  }
  function half(d) {
    d = +d;
    return +(d * 0.5);
  }
  function sq(f) {
    f = fround(f);
    return fround(f * f);
  }
  function run(i, d) {
    i = i|0;
    d = +d;
    var a = 0, b = 0.0, c = fround(0);
    a = inc(i)|0;
    b = +half(d);
    c = fround(sq(fround(d)));
    return +(+(a|0) + b + +c + +half(+(inc(a)|0)) + +fround(sq(fround(1.5))));
  }
  return { run: run };
}
