// foreign function calls with double arguments and results coerced with + (trace shows -0, NaN, Infinity)
// run: one(1.5)
// run: one(-0)
// run: one(NaN)
// run: one(-Infinity)
// run: one(5e-324)
// run: mixed(3, 0.25)
// run: mixed(-2147483648, -0)
// run: asint(2.75)
// run: asint(1e300)
// run: fromfloat(0.1)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  var dext = foreign.dext;
  var mext = foreign.mext;
  function one(x) {
    x = +x;
    return +dext(x);
  }
  function mixed(i, d) {
    i = i|0;
    d = +d;
    return +mext(i|0, d, +(i|0) + d);
  }
  function asint(d) {
    d = +d;
    return dext(d)|0;
  }
  function fromfloat(d) {
    d = +d;
    var f = fround(0);
    f = fround(d);
    return +dext(+f);
  }
  return { one: one, mixed: mixed, asint: asint, fromfloat: fromfloat };
}
