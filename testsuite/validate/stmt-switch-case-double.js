// a case label with a dot is a double, not a signed integer
// spec: 6.6
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    switch (x|0) {
      case 1.0: // error
        return 1;
    }
    return 0;
  }
  return f;
}
