// parameter annotations must come before the local declarations
// spec: 5.1, 5.4, 6.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    var y = 0; // error
    x = x|0;
    return y|0;
  }
  return f;
}
