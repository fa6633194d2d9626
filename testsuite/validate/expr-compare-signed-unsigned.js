// a signed value cannot be compared with an unsigned one
// spec: 6.8.11
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a, b) {
    a = a|0;
    b = b|0;
    if ((a|0) < (b>>>0)) return 1; // error
    return 0;
  }
  return f;
}
