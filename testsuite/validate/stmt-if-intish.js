// an intish sum must be coerced before it is used as an if condition
// spec: 6.5.4, 2.1.7
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    if (x + 1) { // error
      x = 0;
    }
    return x|0;
  }
  return f;
}
