// a call passed as an argument needs its return coercion
// spec: 6.9, 5.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function g() {
    return 1;
  }
  function h(a) {
    a = a|0;
  }
  function f() {
    h(g()); // error
  }
  return f;
}
