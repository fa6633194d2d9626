// fround of a double literal makes a mutable float global
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var fround = stdlib.Math.fround;
  var scale = fround(0.5);
  function f(x) {
    x = fround(x);
    scale = fround(scale * x);
    return fround(scale);
  }
  return f;
}
