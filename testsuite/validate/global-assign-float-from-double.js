// a float global cannot be assigned a double
// spec: 5.5, 6.8
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var fround = stdlib.Math.fround;
  var g = fround(0);
  function f() {
    g = 1.5; // error
  }
  return f;
}
