// a while condition must be int, not double
// spec: 6.5.6
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(d) {
    d = +d;
    while (d) { // error
      d = d - 1.0;
    }
    return +d;
  }
  return f;
}
