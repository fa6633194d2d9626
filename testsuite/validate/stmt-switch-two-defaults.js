// two default clauses are an early error
// spec: 6.5.10
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    switch (x|0) {
      case 0:
        return 1;
      default:
        return 2;
      default: // error
        return 3;
    }
    return 0;
  }
  return f;
}
