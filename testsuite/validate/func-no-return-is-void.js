// a function with no return statement is void and is called as a statement
// spec: 5.2, 6.4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var g = 0;
  function set(x) {
    x = x|0;
    g = x;
  }
  function f() {
    set(5);
    return g|0;
  }
  return f;
}
