// non-final comma operands may have any type, intish included
// spec: 6.8.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a, b) {
    a = a|0;
    b = b|0;
    return (a + 1, b * 2, b)|0;
  }
  return f;
}
