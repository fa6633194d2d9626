// a case label must be below 2^31
// spec: 6.6
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    switch (x|0) {
      case 1:
        return 1;
      case 2147483648: // error
        return 2;
    }
    return 0;
  }
  return f;
}
