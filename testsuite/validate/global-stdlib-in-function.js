// stdlib members must be imported as globals, not reached from inside a function
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    x = +x;
    return +stdlib.Math.sin(x); // error
  }
  return f;
}
