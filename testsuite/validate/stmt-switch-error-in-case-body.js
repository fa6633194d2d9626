// the statements of a case are validated
// spec: 6.6
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    switch (x|0) {
      case 0:
        x = 1;
        break;
      case 1:
        x = +x; // error
        break;
    }
    return x|0;
  }
  return f;
}
