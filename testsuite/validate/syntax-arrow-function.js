// an arrow function is ES2015, not asm.js
// spec: 4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    x = (function () { return 1; }, ((y) => y), x)|0; // error
    return x|0;
  }
  return f;
}
