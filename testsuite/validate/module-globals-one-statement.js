// several globals of different kinds may share one var statement
// spec: 6.1, 5.5
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var a = 0, b = 0.0, e = stdlib.Math.E, d = foreign.d|0;
  function f() {
    a = d;
    b = e;
  }
  return f;
}
