// a bare return; gives the function a void return type
// spec: 5.2, 6.4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var g = 0;
  function f(x) {
    x = x|0;
    g = x;
    return;
  }
  return f;
}
