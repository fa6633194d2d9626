// a double is not a valid if condition
// spec: 6.5.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(d) {
    d = +d;
    if (d) { // error
      d = 1.0;
    }
    return +d;
  }
  return f;
}
