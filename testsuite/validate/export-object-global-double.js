// a global variable cannot be exported in the export object
// spec: 6.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var d = 0.0;
  function f() {
  }
  return { f: f, d: d }; // error
}
