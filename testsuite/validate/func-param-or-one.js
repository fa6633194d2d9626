// x = x|1 is not a parameter annotation
// spec: 5.1, 6.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    x = x|1; // error
  }
  return f;
}
