// parameter annotations must come in parameter order
// spec: 5.1, 6.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f(a, b) {
    b = b|0; // error
    a = a|0;
  }
  return f;
}
