// a negated integer literal initialises an int local
// spec: 5.4, 6.4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
    var i = -1;
    return i|0;
  }
  return f;
}
