// a float annotation needs fround imported from stdlib
// spec: 5.1, 6.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    x = fround(x); // error
  }
  return f;
}
