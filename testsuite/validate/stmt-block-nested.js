// blocks nest, and each of their statements is validated
// spec: 6.5.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    {
      {
        x = (x + 1)|0;
      }
      x = (x + 2)|0;
    }
    return x|0;
  }
  return f;
}
