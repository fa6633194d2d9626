// all three parts of a for header are optional
// spec: 6.5.6
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(n) {
    n = n|0;
    for (;;) {
      n = (n + 1)|0;
      if ((n|0) >= 100) break;
    }
    return n|0;
  }
  return f;
}
