// a void function may return early with a bare return
// spec: 5.2, 6.5
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var g = 0;
  function f(x) {
    x = x|0;
    if (x) {
      return;
    }
    g = 1;
  }
  return f;
}
