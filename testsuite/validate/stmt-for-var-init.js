// a var declaration in a for header is not an asm.js statement
// spec: 6.4, 6.5.6
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(n) {
    n = n|0;
    var s = 0;
    for (var i = 0; (i|0) < (n|0); i = (i + 1)|0) { // error
      s = (s + 1)|0;
    }
    return s|0;
  }
  return f;
}
