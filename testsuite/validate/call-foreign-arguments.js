// a foreign call takes signed and double arguments
// spec: 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var report = foreign.report;
  function f(x, d) {
    x = x|0;
    d = +d;
    report(x|0, d, 7, 1.5);
  }
  return f;
}
