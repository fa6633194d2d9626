// a labelled block can be left with break
// spec: 6.5.7, 6.5.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    done: {
      if ((x|0) < 0) break done;
      x = (x + 1)|0;
    }
    return x|0;
  }
  return f;
}
