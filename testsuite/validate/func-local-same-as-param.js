// a local may not reuse the name of a parameter
// spec: 5.4, 6.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    x = x|0;
    var x = 0; // error
    return x|0;
  }
  return f;
}
