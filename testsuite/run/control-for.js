// for loops: empty init/test/update, decrementing, break and continue in the body
// run: sum(10)
// run: sum(0)
// run: sum(-3)
// run: down(5)
// run: forever(7)
// run: skipmul(20, 3)
// run: skipmul(20, 0)
function M(stdlib, foreign, heap) {
  "use asm";
  function sum(n) {
    n = n|0;
    var i = 0, s = 0;
    for (i = 1; (i|0) <= (n|0); i = (i + 1)|0) s = (s + i)|0;
    return s|0;
  }
  function down(n) {
    n = n|0;
    var s = 0;
    for (; n; n = (n - 1)|0) {
      s = (((s * 10)|0) + n)|0;
    }
    return s|0;
  }
  function forever(n) {
    n = n|0;
    var i = 0;
    for (;;) {
      i = (i + 1)|0;
      if ((i|0) >= (n|0)) break;
    }
    return i|0;
  }
  function skipmul(n, m) {
    n = n|0;
    m = m|0;
    var i = 0, s = 0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) {
      if ((m|0) != 0) {
        if (((i|0) % (m|0)|0) == 0) continue;
      }
      s = (s + 1)|0;
    }
    return s|0;
  }
  return { sum: sum, down: down, forever: forever, skipmul: skipmul };
}
