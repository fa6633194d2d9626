// a chain of int additions is intish and coerced once with |0
// spec: 6.8.9, 8.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a, b, c) {
    a = a|0;
    b = b|0;
    c = c|0;
    return (a + b + c)|0;
  }
  return f;
}
