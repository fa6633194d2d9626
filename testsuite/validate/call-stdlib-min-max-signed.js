// Math.min and max take two or more signed values
// spec: 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var min = stdlib.Math.min;
  var max = stdlib.Math.max;
  function f(a, b) {
    a = a|0;
    b = b|0;
    return ((min(a|0, b|0)|0) + (max(a|0, b|0, 0)|0))|0;
  }
  return f;
}
