// a literal with a dot is a double even when it rounds to Infinity
// spec: 6.8.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var d = 0.0;
    d = 1.0e400;
    return +d;
  }
  return f;
}
