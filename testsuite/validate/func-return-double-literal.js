// return 1.0; gives a double return type
// spec: 5.2, 6.4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
    return 1.0;
  }
  function g() {
    return +f();
  }
  return g;
}
