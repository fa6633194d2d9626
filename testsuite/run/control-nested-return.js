// return from deep inside nested loops and switches
// run: search(0)
// run: search(7)
// run: search(63)
// run: search(64)
// run: search(-1)
// run: dret(0)
// run: dret(3)
function M(stdlib, foreign, heap) {
  "use asm";
  function search(t) {
    t = t|0;
    var i = 0, j = 0;
    while ((i|0) < 8) {
      j = 0;
      do {
        switch ((((i << 3) | j)|0) == (t|0) | 0) {
          case 1: return ((i << 4) | j)|0;
          default: {}
        }
        j = (j + 1)|0;
      } while ((j|0) < 8);
      i = (i + 1)|0;
    }
    return -1;
  }
  function dret(n) {
    n = n|0;
    var i = 0;
    for (;;) {
      if ((i|0) >= (n|0)) return +(i|0) * 0.5;
      i = (i + 1)|0;
    }
    return -1.0;
  }
  return { search: search, dret: dret };
}
