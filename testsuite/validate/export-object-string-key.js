// an export object's property names are identifiers, not quoted strings
// spec: 6.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
  }
  return { "f": f }; // error
}
