// local declarations must come before the other statements
// spec: 5.4, 6.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    x = x|0;
    x = (x + 1)|0;
    var y = 0; // error
    return y|0;
  }
  return f;
}
