// return e|0 gives the function a signed return type
// spec: 5.2, 6.4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    x = x|0;
    return (x * 3)|0;
  }
  return f;
}
