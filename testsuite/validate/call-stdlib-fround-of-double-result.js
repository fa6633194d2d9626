// fround may convert the double result of a stdlib call
// spec: 6.9, 6.11
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;

  var sin = stdlib.Math.sin;
  function f(x) {
    x = +x;
    return fround(sin(x));
  }
  return f;
}
