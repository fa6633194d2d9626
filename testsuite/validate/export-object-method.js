// a method definition is not allowed in the export object
// spec: 6.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
  }
  return { f: f, g() {} }; // error
}
