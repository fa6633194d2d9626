// a module-level const is an immutable global in both engines; the spec has only var
// spec: 6.1
// expect: accept
// strict: reject
function M(stdlib, foreign, heap) {
  "use asm";
  const limit = 10;
  function f() {
    return limit|0;
  }
  return f;
}
