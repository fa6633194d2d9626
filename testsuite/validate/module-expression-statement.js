// an expression statement is not allowed in the module body
// spec: 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
  }
  f(); // error
  return f;
}
