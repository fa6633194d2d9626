// a function may call a function declared after it
// spec: 6.9, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    x = x|0;
    return later(x, 2.5)|0;
  }
  function later(a, b) {
    a = a|0;
    b = +b;
    return (a + ~~b)|0;
  }
  return f;
}
