// a call used as a statement calls a void function
// spec: 6.9, 5.3, 6.5
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var g = 0;
  function set(x) {
    x = x|0;
    g = x;
  }
  function f() {
    set(3);
  }
  return f;
}
