// this is not asm.js
// spec: 4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    x = this|0; // error
    return x|0;
  }
  return f;
}
