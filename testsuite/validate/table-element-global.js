// a table element must be a function, not a global variable
// spec: 6.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var g = 0;
  function a() {
  }
  var t = [a, g]; // error
  return a;
}
