// a local may share a stdlib import's name
// spec: 3.3
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var sqrt = stdlib.Math.sqrt;
  function f(a) {
    a = a|0;
    var sqrt = 0;
    sqrt = (a + 1)|0;
    return sqrt|0;
  }
  return f;
}
