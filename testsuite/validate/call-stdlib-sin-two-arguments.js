// Math.sin takes exactly one argument
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var sin = stdlib.Math.sin;
  function f(x) {
    x = +x;
    return +sin(x, x); // error
  }
  return f;
}
