// a fixnum literal compares with signed or unsigned, a negative literal with signed
// spec: 6.8.11, 6.8.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    if ((a|0) < 10) return 1;
    if ((a>>>0) > 4000000000) return 2;
    if ((a|0) >= -5) return 3;
    return 0;
  }
  return f;
}
