// try is not asm.js
// spec: 6.5
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    try { x = 1; } catch (e) {} // error
    return x|0;
  }
  return f;
}
