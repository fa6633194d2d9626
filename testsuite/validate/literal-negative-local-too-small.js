// a local initialised to -2147483649 is outside [-2^31, 2^32)
// spec: 5.4, 6.8.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var a = -2147483649; // error
    return a|0;
  }
  return f;
}
