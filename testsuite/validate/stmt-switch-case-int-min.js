// -2147483648 is the smallest valid case label
// spec: 6.6
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    switch (x|0) {
      case -2147483648:
        return 1;
      case -2147483647:
        return 2;
    }
    return 0;
  }
  return f;
}
