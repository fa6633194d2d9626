// signed / signed is intish and coerced with |0
// spec: 6.8.8, 8.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a, b) {
    a = a|0;
    b = b|0;
    return ((a|0) / (b|0))|0;
  }
  return f;
}
