// Math functions must come from the stdlib parameter, not from foreign
// spec: 6.1, 5.5
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var sqrt = foreign.Math.sqrt; // error
  function f() {
  }
  return f;
}
