// 1e3 has no dot, so it is not a double
// spec: 6.8.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var d = 0.0;
    d = 1e3; // error
    return +d;
  }
  return f;
}
