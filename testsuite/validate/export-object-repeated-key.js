// an export object may repeat a key: JS keeps the last value, and both
// engines accept the module
// spec: 6.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    return 1;
  }
  function g() {
    return 2;
  }
  return { a: f, b: f, a: g };
}
