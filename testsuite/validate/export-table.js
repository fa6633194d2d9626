// a function table cannot be exported
// spec: 6.2, 6.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
  }
  var t = [f];
  return t; // error
}
