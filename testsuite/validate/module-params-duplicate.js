// the module parameters must be distinct
// spec: 6.1
// expect: reject
function M(stdlib, stdlib, heap) { // error
  "use asm";
  function f() {
  }
  return f;
}
