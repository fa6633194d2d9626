// case values must be distinct
// spec: 6.5.10
// expect: reject
// v8: accept: V8 does not check that case values are distinct
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    switch (x|0) {
      case 1:
        return 1;
      case 2:
        return 2;
      case 1: // error
        return 3;
    }
    return 0;
  }
  return f;
}
