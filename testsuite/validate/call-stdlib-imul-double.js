// Math.imul takes ints, not doubles
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var imul = stdlib.Math.imul;
  function f(a) {
    a = +a;
    return imul(a, a)|0; // error
  }
  return f;
}
