// a for loop with init, test and update
// spec: 6.5.6
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(n) {
    n = n|0;
    var i = 0, s = 0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) {
      s = (s + i)|0;
    }
    return s|0;
  }
  return f;
}
