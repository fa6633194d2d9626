// a call coerced with unary + calls a function returning double
// spec: 6.9, 5.3
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function half(x) {
    x = +x;
    return +(x / 2.0);
  }
  function f() {
    return +half(1.0);
  }
  return f;
}
