// fround in a global initialiser only takes a numeric literal
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var fround = stdlib.Math.fround;
  var a = 0.5;
  var g = fround(a); // error
  function f() {
  }
  return f;
}
