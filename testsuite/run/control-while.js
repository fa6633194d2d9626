// while loops: zero iterations, counting down across zero, break and continue
// run: count(0)
// run: count(10)
// run: count(-5)
// run: collatz(1)
// run: collatz(27)
// run: collatz(97)
// run: odds(10)
// run: odds(0)
// run: firstbit(0)
// run: firstbit(-2147483648)
// run: firstbit(96)
function M(stdlib, foreign, heap) {
  "use asm";
  function count(n) {
    n = n|0;
    var c = 0;
    while ((n|0) > 0) {
      n = (n - 1)|0;
      c = (c + 1)|0;
    }
    return c|0;
  }
  function collatz(n) {
    n = n|0;
    var steps = 0;
    while ((n|0) != 1) {
      if (n & 1) n = ((n * 3)|0) + 1|0;
      else n = n >> 1;
      steps = (steps + 1)|0;
    }
    return steps|0;
  }
  function odds(n) {
    n = n|0;
    var i = 0, s = 0;
    while ((i|0) < (n|0)) {
      i = (i + 1)|0;
      if ((i & 1) == 0) continue;
      s = (s + i)|0;
    }
    return s|0;
  }
  function firstbit(x) {
    x = x|0;
    var i = 0;
    while (1) {
      if ((i|0) == 32) break;
      if (x & (1 << i)) break;
      i = (i + 1)|0;
    }
    return i|0;
  }
  return { count: count, collatz: collatz, odds: odds, firstbit: firstbit };
}
