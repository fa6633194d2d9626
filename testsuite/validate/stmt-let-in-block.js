// let declarations are not asm.js statements
// spec: 6.5
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    {
      let y = 1; // error
    }
    return x|0;
  }
  return f;
}
