// a double global may be assigned a double value in a function
// spec: 5.5, 6.8
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var g = 0.0;
  function f(x) {
    x = +x;
    g = x;
    g = 2.5;
  }
  return f;
}
