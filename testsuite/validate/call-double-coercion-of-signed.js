// a function returning signed cannot be called with a + coercion
// spec: 6.9, 5.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function g() {
    return 1;
  }
  function f() {
    return +g(); // error
  }
  return f;
}
