// Math.sin has no float overload
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;

  var sin = stdlib.Math.sin;
  function f(x) {
    x = fround(x);
    return +sin(x); // error
  }
  return f;
}
