// float + float is floatish and becomes float again through fround
// spec: 6.8.9, 8.2, 6.11
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function f(a, b) {
    a = fround(a);
    b = fround(b);
    var c = fround(0.0);
    c = fround(a + b);
    c = fround(c - a);
    return fround(c);
  }
  return f;
}
