// continue inside a switch continues the enclosing loop
// spec: 6.5.8, 6.5.10
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(n) {
    n = n|0;
    var i = 0, s = 0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) {
      switch (i & 3) {
        case 0:
          continue;
        case 1:
          s = (s + 1)|0;
          break;
        default:
          s = (s + 2)|0;
      }
    }
    return s|0;
  }
  return f;
}
