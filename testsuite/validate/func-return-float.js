// return fround(e) gives the function a float return type
// spec: 5.2, 6.4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;

  function f(x) {
    x = +x;
    return fround(x);
  }
  return f;
}
