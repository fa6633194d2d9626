// sin, cos, tan, asin, acos, atan, exp and log take a double
// spec: 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var sin = stdlib.Math.sin;
  var cos = stdlib.Math.cos;
  var tan = stdlib.Math.tan;
  var asin = stdlib.Math.asin;
  var acos = stdlib.Math.acos;
  var atan = stdlib.Math.atan;
  var exp = stdlib.Math.exp;
  var log = stdlib.Math.log;
  function f(x) {
    x = +x;
    var r = 0.0;
    r = +sin(x) + +cos(x) + +tan(x);
    r = r + +asin(x) + +acos(x) + +atan(x);
    r = r + +exp(x) + +log(x);
    return +r;
  }
  return f;
}
