// labelled continue skips to the next iteration of an outer loop from inside inner loops
// run: primes(30)
// run: primes(2)
// run: primes(100)
// run: tri(5)
// run: tri(0)
function M(stdlib, foreign, heap) {
  "use asm";
  var imul = stdlib.Math.imul;
  function primes(n) {
    n = n|0;
    var i = 0, d = 0, c = 0;
    next: for (i = 2; (i|0) < (n|0); i = (i + 1)|0) {
      for (d = 2; (imul(d, d)|0) <= (i|0); d = (d + 1)|0) {
        if (((i|0) % (d|0)|0) == 0) continue next;
      }
      c = (c + 1)|0;
    }
    return c|0;
  }
  function tri(n) {
    n = n|0;
    var i = 0, j = 0, s = 0;
    rows: while ((i|0) < (n|0)) {
      i = (i + 1)|0;
      j = 0;
      do {
        j = (j + 1)|0;
        if ((j|0) > (i|0)) continue rows;
        s = (s + 1)|0;
      } while (1);
    }
    return s|0;
  }
  return { primes: primes, tri: tri };
}
