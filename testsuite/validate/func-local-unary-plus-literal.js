// +1 is not a literal initialiser (write 1.0 for a double)
// spec: 5.4, 6.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
    var d = +1; // error
    return +d;
  }
  return f;
}
