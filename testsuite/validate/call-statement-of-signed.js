// a call used as a statement is a void call, so the callee must be void
// spec: 6.9, 5.3, 6.5
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function g() {
    return 1;
  }
  function f() {
    g(); // error
  }
  return f;
}
