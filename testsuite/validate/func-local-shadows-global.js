// a local may shadow a global of another type
// spec: 5.4, 6.4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var g = 0;
  function f() {
    var g = 1.5;
    return +g;
  }
  return f;
}
