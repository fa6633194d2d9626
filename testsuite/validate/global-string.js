// a string is not a valid global initialiser
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var name = "m"; // error
  function f() {
  }
  return f;
}
