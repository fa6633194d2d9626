// return { name: f }; exports an object with one function
// spec: 6.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
  }
  return { f: f };
}
