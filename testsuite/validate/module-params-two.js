// a module may take stdlib and foreign without a heap
// spec: 6.1
// expect: accept
function M(stdlib, foreign) {
  "use asm";
  var abs = stdlib.Math.abs;
  var report = foreign.report;
  function f(x) {
    x = x|0;
    report(abs(x|0)|0);
  }
  return f;
}
