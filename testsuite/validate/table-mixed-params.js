// a table call may pass int, double and float arguments in one call
// spec: 6.3, 5.6, 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var fround = stdlib.Math.fround;
  function a(i, d, f) {
    i = i|0;
    d = +d;
    f = fround(f);
    return +(+(i|0) + d + +f);
  }
  function b(i, d, f) {
    i = i|0;
    d = +d;
    f = fround(f);
    return +d;
  }
  function call(k) {
    k = k|0;
    return +t[k & 1](k, 2.5, fround(1));
  }
  var t = [a, b];
  return call;
}
