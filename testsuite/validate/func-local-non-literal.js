// a local must be initialised with a literal, not a variable
// spec: 5.4, 6.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    x = x|0;
    var y = x; // error
    return y|0;
  }
  return f;
}
