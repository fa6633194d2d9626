// x = fround(x) annotates a float parameter
// spec: 5.1, 6.4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;

  function f(x) {
    x = fround(x);
    return fround(x + fround(1));
  }
  return f;
}
