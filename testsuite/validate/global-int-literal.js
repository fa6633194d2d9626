// an integer literal initialiser makes a mutable int global
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var count = 0;
  function f() {
    count = (count + 1)|0;
    return count|0;
  }
  return f;
}
