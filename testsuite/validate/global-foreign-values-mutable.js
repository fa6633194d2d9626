// int and double foreign imports are mutable globals
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var n = foreign.n|0;
  var d = +foreign.d;
  function f() {
    n = 5;
    d = 1.5;
  }
  return f;
}
