// an intish argument must be coerced with |0 before it is passed
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function g(a) {
    a = a|0;
    return a|0;
  }
  function f(x) {
    x = x|0;
    return g(x + 1)|0; // error
  }
  return f;
}
