// reading a name declared nowhere is invalid
// spec: 3.3, 6.8.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    return (a + b)|0; // error
  }
  return f;
}
