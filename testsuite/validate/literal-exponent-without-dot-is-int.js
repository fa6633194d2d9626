// 1e3 has no dot, so it is the fixnum 1000
// spec: 6.8.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var a = 0;
    a = 1e3;
    return (a + 2E2)|0;
  }
  return f;
}
