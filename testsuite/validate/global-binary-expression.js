// a global initialiser must be a literal, not an expression
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var g = 1 + 2; // error
  function f() {
  }
  return f;
}
