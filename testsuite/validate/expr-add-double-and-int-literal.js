// an integer literal is a fixnum, not a double, so it cannot be added to a double
// spec: 6.8.9, 6.8.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(d) {
    d = +d;
    d = d + 1; // error
    return +d;
  }
  return f;
}
