// the switch value must be signed; an int parameter has unknown sign
// spec: 6.5.10
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    switch (x) { // error
      case 0:
        return 1;
    }
    return 0;
  }
  return f;
}
