// a function may not reuse the name of a global
// spec: 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var f = 0;
  function f() { // error
  }
  return f;
}
