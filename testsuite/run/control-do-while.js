// do-while runs its body at least once; continue jumps to the condition
// run: once(0)
// run: once(5)
// run: digits(0)
// run: digits(-2147483648)
// run: digits(2147483647)
// run: skip(10)
// run: skip(0)
function M(stdlib, foreign, heap) {
  "use asm";
  function once(n) {
    n = n|0;
    var c = 0;
    do {
      c = (c + 1)|0;
      n = (n - 1)|0;
    } while ((n|0) > 0);
    return c|0;
  }
  function digits(x) {
    x = x|0;
    var d = 0, u = 0;
    u = x;
    do {
      u = ((u>>>0) / 10)|0;
      d = (d + 1)|0;
    } while (u);
    return d|0;
  }
  function skip(n) {
    n = n|0;
    var i = 0, s = 0;
    do {
      i = (i + 1)|0;
      if ((((i|0) % 3)|0) == 0) continue;
      s = (s + i)|0;
    } while ((i|0) < (n|0));
    return s|0;
  }
  return { once: once, digits: digits, skip: skip };
}
