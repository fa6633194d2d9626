// return x>>>0 is unsigned, which is not a return type
// spec: 5.2, 6.5
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    x = x|0;
    return x>>>0; // error
  }
  return f;
}
