// parentheses around a case literal are meaningless
// spec: 6.6, 4
// expect: accept
// v8: reject: V8 takes only a bare, optionally negated, integer literal as a case label; parentheses around it are refused although the spec makes them meaningless
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    switch (x|0) {
      case (1):
        return 1;
      case (-2):
        return 2;
    }
    return 0;
  }
  return f;
}
