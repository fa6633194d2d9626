// signed / unsigned is not allowed
// spec: 6.8.8
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a, b) {
    a = a|0;
    b = b|0;
    return ((a|0) / (b>>>0))|0; // error
  }
  return f;
}
