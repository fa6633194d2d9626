// cases fall through when they do not break, including empty cases
// spec: 6.5.10, 6.6
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    var r = 0;
    switch (x|0) {
      case 0:
      case 1:
        r = (r + 1)|0;
      case 2:
        r = (r + 2)|0;
        break;
      case 3:
        r = 7;
      default:
        r = (r + 100)|0;
    }
    return r|0;
  }
  return f;
}
