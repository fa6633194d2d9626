// two globals may not have the same name
// spec: 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var a = 0;
  var a = 1.0; // error
  function f() {
  }
  return f;
}
