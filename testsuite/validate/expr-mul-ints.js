// two ints cannot be multiplied with *: use Math.imul
// spec: 6.8.8, 2.1.7
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a, b) {
    a = a|0;
    b = b|0;
    return (a * b)|0; // error
  }
  return f;
}
