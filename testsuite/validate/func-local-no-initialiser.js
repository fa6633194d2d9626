// a local var needs an initialiser
// spec: 5.4, 6.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
    var y; // error
    return 0;
  }
  return f;
}
