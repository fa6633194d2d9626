// an unlabelled break outside any loop or switch is an early error
// spec: 6.5.7
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    if (x) break; // error
    return x|0;
  }
  return f;
}
