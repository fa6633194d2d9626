// a foreign int import must be coerced with |0, not |1
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var x = foreign.x|1; // error
  function f() {
  }
  return f;
}
