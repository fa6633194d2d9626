// &, ^ and | take intish operands and give signed
// spec: 6.8.13, 6.8.14, 6.8.15
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a, b) {
    a = a|0;
    b = b|0;
    a = (a + 1) & 255;
    b = (b - a) ^ a;
    return (a | b)|0;
  }
  return f;
}
