// a function declaration may not follow a function table
// spec: 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
  }
  function g() {
  }
  var t = [f, g];
  function h() { // error
  }
  return f;
}
