// an export object may use a quoted string as property name
// spec: 6.2
// expect: accept
// v8: reject: V8 only accepts identifier property names in the export object ("Illegal export name")
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
  }
  return { "f": f };
}
