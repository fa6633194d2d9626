// float + float is floatish and cannot be stored in a float local without fround
// spec: 6.8.9, 2.1.11
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function f(a, b) {
    a = fround(a);
    b = fround(b);
    a = a + b; // error
    return fround(a);
  }
  return f;
}
