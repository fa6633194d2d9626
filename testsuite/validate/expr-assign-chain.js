// an assignment is an expression of its value's type, so assignments chain
// spec: 6.8.6
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    var b = 0, c = 0;
    a = b = c = 7;
    return (a + b + c)|0;
  }
  return f;
}
