// a function of the module is immutable
// spec: 5.5, 6.8
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function g() {
  }
  function f() {
    g = 0; // error
  }
  return f;
}
