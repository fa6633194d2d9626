// an integer literal is a fixnum, not a double
// spec: 6.8.2, 6.8.6
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var d = 0.0;
    d = 1; // error
    return +d;
  }
  return f;
}
