// a double argument cannot be passed to an int parameter
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function g(a) {
    a = a|0;
    return a|0;
  }
  function f() {
    return g(1.5)|0; // error
  }
  return f;
}
