// a call coerced with |0 calls a function returning signed
// spec: 6.9, 5.3
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function inc(x) {
    x = x|0;
    return (x + 1)|0;
  }
  function f(x) {
    x = x|0;
    return inc(x|0)|0;
  }
  return f;
}
