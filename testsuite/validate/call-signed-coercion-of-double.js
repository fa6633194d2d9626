// a function returning double cannot be called with a |0 coercion
// spec: 6.9, 5.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function g() {
    return 1.5;
  }
  function f() {
    return g()|0; // error
  }
  return f;
}
