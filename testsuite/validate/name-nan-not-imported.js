// NaN must be imported from stdlib to be used
// spec: 3.3, 5.5
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var d = 0.0;
    d = NaN; // error
    return +d;
  }
  return f;
}
