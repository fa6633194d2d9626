// a foreign import cannot be negated; only +foreign.x imports a double
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var x = -foreign.x; // error
  function f() {
  }
  return f;
}
