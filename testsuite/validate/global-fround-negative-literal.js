// fround of a negated literal makes a float global
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var fround = stdlib.Math.fround;
  var bias = fround(-0.25);
  function f() {
    bias = fround(2);
    return fround(bias);
  }
  return f;
}
