// true is not asm.js: use 1
// spec: 4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    x = true|0; // error
    return x|0;
  }
  return f;
}
