// a float global needs fround imported from stdlib first
// spec: 5.5, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var g = fround(0.5); // error
  function f() {
  }
  return f;
}
