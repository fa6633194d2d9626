// return of an integer literal gives a signed return type
// spec: 5.2, 6.4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
    return 0;
  }
  function g() {
    return (f()|0) + 1|0;
  }
  return g;
}
