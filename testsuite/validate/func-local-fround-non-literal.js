// a float local takes fround of a literal, not of a variable
// spec: 5.4, 6.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;

  function f(x) {
    x = fround(x);
    var y = fround(x); // error
    return fround(y);
  }
  return f;
}
