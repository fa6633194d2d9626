// a module function is immutable
// spec: 3.1, 6.8.6
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function g() {}
  function f() {
    g = 1; // error
  }
  return f;
}
