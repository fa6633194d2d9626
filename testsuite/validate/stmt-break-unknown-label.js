// break naming a label that does not enclose it is an early error
// spec: 6.5.7
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    while (1) {
      break nowhere; // error
    }
    return x|0;
  }
  return f;
}
