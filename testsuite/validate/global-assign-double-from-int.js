// a double global cannot be assigned an int literal
// spec: 5.5, 6.8
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var g = 0.0;
  function f() {
    g = 1; // error
  }
  return f;
}
