// labels live apart from variables: a label may share a local's name
// spec: 6.5.9, 3
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    x: while (1) {
      x = (x + 1)|0;
      if ((x|0) > 3) break x;
    }
    return x|0;
  }
  return f;
}
