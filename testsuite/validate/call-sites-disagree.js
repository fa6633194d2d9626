// two call sites cannot pass different argument types to the same function
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
    g(1);
    g(1.5); // error
  }
  function g(a) {
    a = a|0;
  }
  return f;
}
