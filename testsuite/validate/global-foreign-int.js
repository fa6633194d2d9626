// foreign.x|0 imports a mutable int global
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var size = foreign.size|0;
  function f() {
    return (size + 1)|0;
  }
  return f;
}
