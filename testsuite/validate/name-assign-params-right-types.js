// parameters are mutable locals of their annotated types
// spec: 3.2, 6.8.6
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function f(a, d, x) {
    a = a|0;
    d = +d;
    x = fround(x);
    a = (a + 1)|0;
    d = d * 2.0;
    x = fround(x * x);
    return +(d + +(a|0) + +x);
  }
  return f;
}
