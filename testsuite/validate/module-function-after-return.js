// nothing may follow the export return, not even a function declaration
// spec: 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
  }
  return f;
  function g() { // error
  }
}
