// a call must pass exactly as many arguments as the callee has parameters (too many)
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function g(a) {
    a = a|0;
  }
  function f() {
    g(1, 2); // error
  }
  return f;
}
