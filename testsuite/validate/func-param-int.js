// x = x|0 annotates an int parameter
// spec: 5.1, 6.4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    x = x|0;
    return (x + 1)|0;
  }
  return f;
}
