// a global var may not follow a function table
// spec: 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
  }
  var t = [f];
  var a = 0; // error
  return f;
}
