// % is not defined on floats
// spec: 8.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function f(a, b) {
    a = fround(a);
    b = fround(b);
    return fround(a % b); // error
  }
  return f;
}
