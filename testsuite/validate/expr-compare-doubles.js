// comparisons of two doubles
// spec: 6.8.11, 6.8.12
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a, b) {
    a = +a;
    b = +b;
    if (a < b) return 1;
    if (a == b) return 2;
    if (a != 0.0) return 3;
    return 0;
  }
  return f;
}
