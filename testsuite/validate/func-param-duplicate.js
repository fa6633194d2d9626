// a function may not have two parameters of the same name
// spec: 6.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x, x) { // error
    x = x|0;
  }
  return f;
}
