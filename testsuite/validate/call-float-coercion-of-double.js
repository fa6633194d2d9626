// a function returning double cannot be called with an fround coercion
// spec: 6.9, 5.3, 6.11
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;

  function g() {
    return 1.5;
  }
  function f() {
    return fround(g()); // error
  }
  return f;
}
