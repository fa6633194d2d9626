// a call before the callee is declared must still match its parameter types
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
    return later(2.5)|0; // error
  }
  function later(a) {
    a = a|0;
    return a|0;
  }
  return f;
}
