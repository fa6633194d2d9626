// <<, >> and >>> take intish operands and give signed or unsigned
// spec: 6.8.10, 8.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a, b) {
    a = a|0;
    b = b|0;
    var u = 0;
    a = (a + 1) << 2;
    a = (a - b) >> b;
    u = (a + b) >>> 1;
    return (a + u)|0;
  }
  return f;
}
