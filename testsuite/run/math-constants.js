// stdlib constants: Math.PI, E, SQRT2, SQRT1_2, LN2, LN10, LOG2E, LOG10E, Infinity and NaN
// run: pi(0)
// run: e(0)
// run: sqrt2(0)
// run: misc(0)
// run: misc(1)
// run: misc(2)
// run: misc(3)
// run: misc(4)
// run: inf(0)
// run: nan(0)
// run: infneg(0)
// run: fpi(0)
function M(stdlib, foreign, heap) {
  "use asm";
  var PI = stdlib.Math.PI;
  var E = stdlib.Math.E;
  var SQRT2 = stdlib.Math.SQRT2;
  var SQRT1_2 = stdlib.Math.SQRT1_2;
  var LN2 = stdlib.Math.LN2;
  var LN10 = stdlib.Math.LN10;
  var LOG2E = stdlib.Math.LOG2E;
  var LOG10E = stdlib.Math.LOG10E;
  var INF = stdlib.Infinity;
  var NAN = stdlib.NaN;
  var fround = stdlib.Math.fround;
  function pi(x) {
    x = x|0;
    return +PI;
  }
  function e(x) {
    x = x|0;
    return +E;
  }
  function sqrt2(x) {
    x = x|0;
    return +SQRT2;
  }
  function misc(i) {
    i = i|0;
    switch (i|0) {
      case 0: return +SQRT1_2;
      case 1: return +LN2;
      case 2: return +LN10;
      case 3: return +LOG2E;
      default: return +LOG10E;
    }
    return 0.0;
  }
  function inf(x) {
    x = x|0;
    return +INF;
  }
  function nan(x) {
    x = x|0;
    return +NAN;
  }
  function infneg(x) {
    x = x|0;
    return +(-INF * 2.0);
  }
  function fpi(x) {
    x = x|0;
    return +fround(PI);
  }
  return { pi: pi, e: e, sqrt2: sqrt2, misc: misc, inf: inf, nan: nan, infneg: infneg, fpi: fpi };
}
