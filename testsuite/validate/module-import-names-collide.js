// two imports may not bind the same name
// spec: 6.1, 5.5
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var sin = stdlib.Math.sin;
  var sin = foreign.sin; // error
  function f() {
  }
  return f;
}
