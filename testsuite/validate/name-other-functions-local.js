// a local of one function is not visible in another
// spec: 3.2, 3.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function g() {
    var t = 0;
    t = 1;
  }
  function f() {
    return t|0; // error
  }
  return f;
}
