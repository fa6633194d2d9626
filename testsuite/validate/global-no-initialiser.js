// a global var must have an initialiser
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var g; // error
  function f() {
  }
  return f;
}
