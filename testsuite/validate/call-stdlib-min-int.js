// Math.min takes signed values, not int variables
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var min = stdlib.Math.min;
  function f(a, b) {
    a = a|0;
    b = b|0;
    return min(a, b)|0; // error
  }
  return f;
}
