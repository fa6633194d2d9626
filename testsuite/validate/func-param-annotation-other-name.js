// a parameter annotation must coerce the parameter itself
// spec: 5.1, 6.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x, y) {
    x = y|0; // error
    y = y|0;
  }
  return f;
}
