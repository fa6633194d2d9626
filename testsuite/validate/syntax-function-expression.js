// a function expression is not asm.js
// spec: 4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    x = (function () {})|0; // error
    return x|0;
  }
  return f;
}
