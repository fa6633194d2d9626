// Math.sin takes a double, not an int
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var sin = stdlib.Math.sin;
  function f(x) {
    x = x|0;
    return +sin(x|0); // error
  }
  return f;
}
