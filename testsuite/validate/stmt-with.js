// with is not an asm.js statement
// spec: 6.5
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    with (x) { // error
      x = 1;
    }
    return x|0;
  }
  return f;
}
