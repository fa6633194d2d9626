// an export object property must be a function name, not a call
// spec: 6.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
    return 1;
  }
  return { f: f() }; // error
}
