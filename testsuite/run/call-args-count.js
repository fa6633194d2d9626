// internal functions with zero to many parameters of mixed types; callee locals start at zero
// run: run(1)
// run: run(-1)
// run: fresh(5)
// run: fresh(6)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function zero() {
    return 42;
  }
  function many(a, b, c, d, e, f, g, h) {
    a = a|0;
    b = +b;
    c = fround(c);
    d = d|0;
    e = +e;
    f = fround(f);
    g = g|0;
    h = +h;
    return +(+(a|0) + b * 10.0 + +c * 100.0 + +(d|0) * 1000.0 + e * 1.0e4 + +f * 1.0e5 + +(g|0) * 1.0e6 + h * 1.0e7);
  }
  function locals(x) {
    x = x|0;
    var i = 0, d = 0.0, f = fround(0);
    i = (i + x)|0;
    d = d + 1.0;
    f = fround(f + fround(2));
    return +(+(i|0) + d + +f);
  }
  function run(s) {
    s = s|0;
    return +(+(zero()|0) + +many(s, 2.0, fround(3), 4, 5.5, fround(6), s, 7.0));
  }
  function fresh(x) {
    x = x|0;
    return +(+locals(x) + +locals(x));
  }
  return { run: run, fresh: fresh };
}
