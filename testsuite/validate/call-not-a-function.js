// an int global cannot be called
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var n = 0;
  function f() {
    return n()|0; // error
  }
  return f;
}
