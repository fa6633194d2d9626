// the arms of a conditional must have the same type
// spec: 6.8.16
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(c) {
    c = c|0;
    return +(c ? 1 : 1.5); // error
  }
  return f;
}
