// return of an int variable needs the |0 annotation
// spec: 5.2, 6.5
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
    var y = 0;
    return y; // error
  }
  return f;
}
