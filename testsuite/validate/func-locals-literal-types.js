// locals take the type of their literal initialiser: int, double or float
// spec: 5.4, 6.4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;

  function f() {
    var i = 0, d = 0.0, s = fround(0);
    i = 1;
    d = 1.5;
    s = fround(2.5);
    return +(+(i|0) + d + +s);
  }
  return f;
}
