// continue with the label of an outer for loop
// spec: 6.5.8, 6.5.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(n) {
    n = n|0;
    var i = 0, j = 0, s = 0;
    rows: for (i = 0; (i|0) < (n|0); i = (i + 1)|0) {
      for (j = 0; (j|0) < (n|0); j = (j + 1)|0) {
        if ((j|0) > (i|0)) continue rows;
        s = (s + 1)|0;
      }
    }
    return s|0;
  }
  return f;
}
