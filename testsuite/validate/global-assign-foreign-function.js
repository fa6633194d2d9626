// an imported foreign function is immutable
// spec: 5.5, 6.8
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var log = foreign.log;
  function f() {
    log = 0; // error
  }
  return f;
}
