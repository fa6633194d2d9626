// +foreign.x imports a mutable double global
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var rate = +foreign.rate;
  function f(x) {
    x = +x;
    return +(rate * x);
  }
  return f;
}
