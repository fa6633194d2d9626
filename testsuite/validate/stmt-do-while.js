// a do-while loop with a signed comparison
// spec: 6.5.6
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(n) {
    n = n|0;
    var s = 0;
    do {
      s = (s + n)|0;
      n = (n - 1)|0;
    } while ((n|0) > 0);
    return s|0;
  }
  return f;
}
