// + and - on doubles give a double
// spec: 6.8.9, 8.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a, b) {
    a = +a;
    b = +b;
    var c = 0.0;
    c = a + b;
    c = c - a - 1.5;
    return +c;
  }
  return f;
}
