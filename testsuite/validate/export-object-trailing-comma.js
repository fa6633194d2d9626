// an export object literal may end with a trailing comma
// spec: 6.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
  }
  function g() {
  }
  return { f: f, g: g, };
}
