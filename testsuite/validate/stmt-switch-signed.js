// a switch on a signed value with cases and a default
// spec: 6.5.10, 6.6, 6.7
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    var r = 0;
    switch (x|0) {
      case 0:
        r = 10;
        break;
      case 1:
        r = 20;
        break;
      default:
        r = 30;
    }
    return r|0;
  }
  return f;
}
