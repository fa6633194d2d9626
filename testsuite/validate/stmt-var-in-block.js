// var declarations are only allowed at the start of a function body, not in a nested block
// spec: 6.4, 6.5
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    if (x) {
      var y = 1; // error
      x = y;
    }
    return x|0;
  }
  return f;
}
