// unary + does not accept an int of unknown sign
// spec: 8.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    var d = 0.0;
    d = +a; // error
    return +d;
  }
  return f;
}
