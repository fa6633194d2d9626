// labelled break leaves several nested loops (and a labelled block) at once
// run: find(0)
// run: find(12)
// run: find(35)
// run: find(99)
// run: block(0)
// run: block(1)
// run: block(2)
function M(stdlib, foreign, heap) {
  "use asm";
  function find(target) {
    target = target|0;
    var i = 0, j = 0, r = -1;
    outer: for (i = 0; (i|0) < 6; i = (i + 1)|0) {
      for (j = 0; (j|0) < 6; j = (j + 1)|0) {
        if ((((i * 6)|0) + j|0) == (target|0)) {
          r = ((i << 8) | j);
          break outer;
        }
      }
    }
    return (r + (i << 16))|0;
  }
  function block(x) {
    x = x|0;
    var r = 0;
    a: {
      r = 1;
      if ((x|0) == 0) break a;
      r = 2;
      b: {
        if ((x|0) == 1) break b;
        r = 3;
        break a;
      }
      r = (r + 10)|0;
    }
    return r|0;
  }
  return { find: find, block: block };
}
