// a global var may not follow a function declaration
// spec: 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var a = 0;
  function f() {
    a = 1;
  }
  var b = 0; // error
  return f;
}
