// a table element must name a declared function
// spec: 6.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function a() {
  }
  var t = [a, missing]; // error
  return a;
}
