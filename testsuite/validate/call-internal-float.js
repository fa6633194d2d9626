// a call wrapped in fround calls a function returning float
// spec: 6.9, 5.3, 6.11
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;

  function one() {
    return fround(1);
  }
  function f() {
    var s = fround(0);
    s = fround(one());
    return fround(s);
  }
  return f;
}
