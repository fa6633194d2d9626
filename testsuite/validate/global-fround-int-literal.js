// fround of an integer literal also makes a float global
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var fround = stdlib.Math.fround;
  var one = fround(1);
  function f() {
    return fround(one);
  }
  return f;
}
