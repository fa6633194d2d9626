// a local may not be declared twice
// spec: 5.4, 6.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
    var a = 0;
    var a = 1; // error
    return a|0;
  }
  return f;
}
