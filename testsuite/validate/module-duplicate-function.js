// two functions may not have the same name
// spec: 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    return 1;
  }
  function f() { // error
    return 2;
  }
  return f;
}
