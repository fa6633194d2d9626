// the value of an assignment can be used in a larger expression
// spec: 6.8.6
// expect: accept
// v8: reject: V8 gives an assignment to a variable the variable's type (int) instead of the assigned value's type (signed)
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    var b = 0;
    if ((b = (a + 1)|0) > 10) return b|0;
    return (a = (a + b)|0)|0;
  }
  return f;
}
