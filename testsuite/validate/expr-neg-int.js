// unary - on an int is intish and coerced with |0
// spec: 8.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    return (-a)|0;
  }
  return f;
}
