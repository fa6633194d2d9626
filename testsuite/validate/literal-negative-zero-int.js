// -0 is no negative literal (those are in [-2^31, 0)) but unary minus on 0, an intish
// spec: 6.8.2, 6.8.7, 5.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var a = -0;
    a = -0; // error
    return a|0;
  }
  return f;
}
