// -2147483648 is a signed literal
// spec: 6.8.2, 6.8.7
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    if ((a|0) == -2147483648) return 1;
    a = -2147483648;
    return a|0;
  }
  return f;
}
