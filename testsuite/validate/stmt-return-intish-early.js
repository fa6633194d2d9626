// an early return of an intish sum does not match a signed function
// spec: 6.5.5, 2.1.7
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    if (x) return x + 1; // error
    return 0;
  }
  return f;
}
