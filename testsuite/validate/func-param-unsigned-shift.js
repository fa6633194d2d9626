// x = x>>>0 is not a parameter annotation
// spec: 5.1, 6.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    x = x>>>0; // error
  }
  return f;
}
