// 2147483647 is the largest fixnum literal
// spec: 6.8.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var a = 0;
    a = 2147483647;
    return a|0;
  }
  return f;
}
