// the largest finite double and the smallest subnormal, written with a dot, are doubles
// spec: 6.8.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var d = 0.0;
    d = 1.7976931348623157e308;
    d = 4.9e-324;
    d = -1.7976931348623157e308;
    return +d;
  }
  return f;
}
