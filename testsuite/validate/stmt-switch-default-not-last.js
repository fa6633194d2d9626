// the default clause must come after every case
// spec: 6.5.10
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    switch (x|0) {
      default:
        return 1;
      case 1: // error
        return 2;
    }
    return 0;
  }
  return f;
}
