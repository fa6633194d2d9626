// ~ takes an intish operand and gives signed
// spec: 8.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    a = ~(a + 1);
    return (~a)|0;
  }
  return f;
}
