// a case label must be a literal, not a variable
// spec: 6.6
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var k = 3;
  function f(x) {
    x = x|0;
    switch (x|0) {
      case k: // error
        return 1;
    }
    return 0;
  }
  return f;
}
