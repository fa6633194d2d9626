// const is ES2015, not asm.js
// spec: 4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    const y = 1; // error
    return x|0;
  }
  return f;
}
