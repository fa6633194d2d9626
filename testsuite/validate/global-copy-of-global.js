// a global cannot be initialised from another global
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var a = 0;
  var b = a; // error
  function f() {
  }
  return f;
}
