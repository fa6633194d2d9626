// signed and unsigned are both int, so they may be added
// spec: 6.8.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a, b) {
    a = a|0;
    b = b|0;
    return ((a|0) + (b>>>0))|0;
  }
  return f;
}
