// return f; exports a single function of the module
// spec: 6.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    x = x|0;
    return (x + 1)|0;
  }
  return f;
}
