// a comma expression may start with void calls; its type is the last operand's
// spec: 6.8.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var n = 0;
  function g() {
    n = (n + 1)|0;
  }
  function f(a) {
    a = a|0;
    a = (g(), g(), a + 1|0);
    return (g(), a)|0;
  }
  return f;
}
