// a function may call itself
// spec: 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function fact(n) {
    n = n|0;
    if ((n|0) <= 1) {
      return 1;
    }
    return ((fact((n - 1)|0)|0) + n)|0;
  }
  return fact;
}
