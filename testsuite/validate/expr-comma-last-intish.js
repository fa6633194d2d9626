// the type of a comma expression is that of its last operand: intish here
// spec: 6.8.1, 6.8.6
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a, b) {
    a = a|0;
    b = b|0;
    a = (b, b + 1); // error
    return a|0;
  }
  return f;
}
