// an operand of an additive chain must be int: a product by a literal is intish
// spec: 6.8.9, 6.8.8
// expect: reject
// v8: accept: V8 lets intish operands into an additive chain (it only counts them); the spec requires every operand to be int
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a, b) {
    a = a|0;
    b = b|0;
    return ((a * 3) + b)|0; // error
  }
  return f;
}
