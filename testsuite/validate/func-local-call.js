// a local cannot be initialised with a call
// spec: 5.4, 6.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function g() {
    return 1;
  }
  function f() {
    var y = g()|0; // error
    return y|0;
  }
  return f;
}
