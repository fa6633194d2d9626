// the module body has exactly one return statement
// spec: 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
  }
  function g() {
  }
  return f;
  return g; // error
}
