// an int global cannot be assigned a double
// spec: 5.5, 6.8
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var g = 0;
  function f(x) {
    x = +x;
    g = x; // error
  }
  return f;
}
