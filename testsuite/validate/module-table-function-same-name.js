// a function table may not reuse the name of a function
// spec: 6.1, 6.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
  }
  function g() {
  }
  var g = [f]; // error
  return f;
}
