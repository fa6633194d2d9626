// continue may only name the label of a loop, not of a block
// spec: 6.5.8, 6.5.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    while ((x|0) < 10) {
      body: {
        x = (x + 1)|0;
        continue body; // error
      }
    }
    return x|0;
  }
  return f;
}
