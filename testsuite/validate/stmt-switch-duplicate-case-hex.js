// 16 and 0x10 are the same case value
// spec: 6.5.10
// expect: reject
// v8: accept: V8 does not check that case values are distinct
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    switch (x|0) {
      case 16:
        return 1;
      case 0x10: // error
        return 2;
    }
    return 0;
  }
  return f;
}
