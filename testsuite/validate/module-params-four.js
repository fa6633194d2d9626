// a module takes at most three parameters
// spec: 6.1
// expect: reject
function M(stdlib, foreign, heap, extra) { // error
  "use asm";
  function f() {
  }
  return f;
}
