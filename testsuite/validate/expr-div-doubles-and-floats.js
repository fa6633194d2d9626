// / on doubles gives a double and on floats a floatish
// spec: 6.8.8, 8.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function f(a, b) {
    a = +a;
    b = fround(b);
    a = a / 3.0;
    b = fround(b / b);
    return +(a / +b);
  }
  return f;
}
