// unary + converts signed and unsigned to double
// spec: 8.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    var d = 0.0;
    d = +(a|0);
    d = d + +(a>>>0);
    return +d;
  }
  return f;
}
