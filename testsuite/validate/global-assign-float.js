// a float global may be assigned a float value in a function
// spec: 5.5, 6.8
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var fround = stdlib.Math.fround;
  var g = fround(0);
  function f(x) {
    x = fround(x);
    g = x;
    g = fround(3.5);
  }
  return f;
}
