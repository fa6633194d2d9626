// an export object with no properties is accepted
// spec: 6.2
// expect: accept
// v8: reject: V8 requires at least one property in the export object ("Illegal export name")
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
  }
  return {};
}
