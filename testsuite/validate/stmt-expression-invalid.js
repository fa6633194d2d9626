// an expression statement must still validate: int * int is not asm.js
// spec: 6.5.2, 6.8.8
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x, y) {
    x = x|0;
    y = y|0;
    x * y; // error
  }
  return f;
}
