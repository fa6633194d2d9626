// a literal with a decimal point makes a mutable double global
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var total = 0.0;
  function f(x) {
    x = +x;
    total = total + x;
    return +total;
  }
  return f;
}
