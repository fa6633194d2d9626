// every parameter needs a type annotation as the first statements
// spec: 5.1, 6.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    return 1; // error
  }
  return f;
}
