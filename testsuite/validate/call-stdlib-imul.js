// Math.imul multiplies two ints into a signed value
// spec: 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var imul = stdlib.Math.imul;
  function f(a, b) {
    a = a|0;
    b = b|0;
    return imul(a, b)|0;
  }
  return f;
}
