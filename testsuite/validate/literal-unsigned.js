// literals in [2^31, 2^32) are unsigned and may be stored in an int
// spec: 6.8.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var a = 0;
    a = 2147483648;
    a = 4294967295;
    return a|0;
  }
  return f;
}
