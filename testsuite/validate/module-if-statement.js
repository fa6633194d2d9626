// an if statement is not allowed in the module body
// spec: 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var a = 0;
  if (1) { // error
    a = 1;
  }
  function f() {
  }
  return f;
}
