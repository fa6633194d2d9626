// an intish arm is not int
// spec: 6.8.16, 2.1.7
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(c, a) {
    c = c|0;
    a = a|0;
    return (c ? a + 1 : 0)|0; // error
  }
  return f;
}
