// break with the label of an outer loop
// spec: 6.5.7, 6.5.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(n) {
    n = n|0;
    var i = 0, j = 0;
    outer: while ((i|0) < (n|0)) {
      j = 0;
      while ((j|0) < (n|0)) {
        if (((i + j)|0) == 7) break outer;
        j = (j + 1)|0;
      }
      i = (i + 1)|0;
    }
    return i|0;
  }
  return f;
}
