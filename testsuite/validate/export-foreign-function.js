// an imported foreign function is not a function of the module and cannot be exported
// spec: 6.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var log = foreign.log;
  function f() {
  }
  return log; // error
}
