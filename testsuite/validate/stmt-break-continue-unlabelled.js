// plain break and continue inside loops
// spec: 6.5.7, 6.5.8
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(n) {
    n = n|0;
    var i = 0, s = 0;
    while (1) {
      i = (i + 1)|0;
      if ((i|0) > (n|0)) break;
      if (i & 1) continue;
      s = (s + i)|0;
    }
    return s|0;
  }
  return f;
}
