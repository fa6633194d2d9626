// an integer literal of 2^32 or more is not asm.js
// spec: 6.8.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var a = 0;
    a = 4294967296; // error
    return a|0;
  }
  return f;
}
