// an intish value may be dropped by an expression statement
// spec: 6.5.2, 2.1.7
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x, y) {
    x = x|0;
    y = y|0;
    x + y;
    x - 1;
  }
  return f;
}
