// one function may be exported under two names
// spec: 6.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
    return 1;
  }
  return { first: f, second: f };
}
