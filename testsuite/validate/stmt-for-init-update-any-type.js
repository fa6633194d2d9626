// for init and update may be any expression, including comma expressions of doubles
// spec: 6.5.6, 6.8.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(n) {
    n = n|0;
    var i = 0, d = 0.0;
    for (i = 0, d = 0.5; (i|0) < (n|0); i = (i + 1)|0, d = d * 2.0) {
    }
    return +d;
  }
  return f;
}
