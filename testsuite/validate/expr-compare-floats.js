// comparisons of two floats
// spec: 6.8.11, 6.8.12
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function f(a, b) {
    a = fround(a);
    b = fround(b);
    if (a < b) return 1;
    if (a >= fround(1.5)) return 2;
    if (a != b) return 3;
    return 0;
  }
  return f;
}
