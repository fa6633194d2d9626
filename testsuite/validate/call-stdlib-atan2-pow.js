// atan2 and pow take two doubles
// spec: 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var atan2 = stdlib.Math.atan2;
  var pow = stdlib.Math.pow;
  function f(y, x) {
    y = +y;
    x = +x;
    return +(+atan2(y, x) + +pow(x, 2.0));
  }
  return f;
}
