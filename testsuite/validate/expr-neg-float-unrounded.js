// unary - on a float is floatish and must be rounded with fround
// spec: 8.1, 2.1.11
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function f(a) {
    a = fround(a);
    a = -a; // error
    return fround(a);
  }
  return f;
}
