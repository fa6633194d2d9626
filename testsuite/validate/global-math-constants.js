// every Math constant of the asm.js stdlib can be imported and is a double
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var E = stdlib.Math.E;
  var LN10 = stdlib.Math.LN10;
  var LN2 = stdlib.Math.LN2;
  var LOG2E = stdlib.Math.LOG2E;
  var LOG10E = stdlib.Math.LOG10E;
  var PI = stdlib.Math.PI;
  var SQRT1_2 = stdlib.Math.SQRT1_2;
  var SQRT2 = stdlib.Math.SQRT2;
  function f() {
    var s = 0.0;
    s = E + LN10;
    s = s + LN2 + LOG2E;
    s = s + LOG10E + PI;
    s = s + SQRT1_2 + SQRT2;
    return +s;
  }
  return f;
}
