// a parameter shadows a global of another type
// spec: 3.3
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var g = 0.0;
  function f(g) {
    g = g|0;
    return (g + 1)|0;
  }
  return f;
}
