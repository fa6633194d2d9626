// a table element cannot be a stdlib function
// spec: 6.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var sin = stdlib.Math.sin;
  function a(x) {
    x = +x;
    return +x;
  }
  var t = [a, sin]; // error
  return a;
}
