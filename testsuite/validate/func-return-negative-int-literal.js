// return -1; gives a signed return type
// spec: 5.2, 6.4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
    return -1;
  }
  function g() {
    return f()|0;
  }
  return g;
}
