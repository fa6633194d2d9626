// an int global may be assigned an int value in a function
// spec: 5.5, 6.8
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var g = 0;
  function f(x) {
    x = x|0;
    g = x;
    g = 7;
  }
  return f;
}
