// Math.abs takes signed, not int: an int variable needs |0
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var abs = stdlib.Math.abs;
  function f(x) {
    x = x|0;
    return abs(x)|0; // error
  }
  return f;
}
