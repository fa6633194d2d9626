// a conditional with double arms is double
// spec: 6.8.16
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(c, d) {
    c = c|0;
    d = +d;
    return +(c ? d : 1.5);
  }
  return f;
}
