// an array literal inside a function is not asm.js
// spec: 6.8
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    x = [1]|0; // error
    return x|0;
  }
  return f;
}
