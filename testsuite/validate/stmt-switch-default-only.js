// a switch may have only a default clause
// spec: 6.5.10, 6.7
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    switch (x|0) {
      default:
        x = 5;
    }
    return x|0;
  }
  return f;
}
