// int parameters have no known sign, so they cannot be compared directly
// spec: 6.8.11
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a, b) {
    a = a|0;
    b = b|0;
    if (a < b) return 1; // error
    return 0;
  }
  return f;
}
