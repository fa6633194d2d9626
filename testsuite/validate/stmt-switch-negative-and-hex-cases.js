// case labels may be negative or hexadecimal integer literals
// spec: 6.6
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    switch (x|0) {
      case -1:
        return 1;
      case 0x10:
        return 2;
      case -0x20:
        return 3;
    }
    return 0;
  }
  return f;
}
