// any literal with a dot is a double: 1.0, 1., .5, 1.5e3, 2.0e-3
// spec: 6.8.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var d = 0.0;
    d = 1.0;
    d = 1.;
    d = .5;
    d = 1.5e3;
    d = 2.0e-3;
    return +d;
  }
  return f;
}
