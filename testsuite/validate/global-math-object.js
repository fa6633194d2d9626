// the Math object itself cannot be imported
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var Math = stdlib.Math; // error
  function f() {
  }
  return f;
}
