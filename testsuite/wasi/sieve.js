// wasi: 1000
// wasi: 65535
// wasi: 0
// wasi: -5
// wasi: 70000
// wasi-usage: 12 13
// wasi-usage: 12x
// A sieve of Eratosthenes over the heap, its size from the command's
// argument: the count of primes below it, the last ten, and the count
// modulo 100 as the exit status. Sizes past the heap read 0 and store
// nothing, as in JS.
function Sieve(stdlib, foreign, heap) {
  "use asm";
  var H8 = new stdlib.Uint8Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var print = foreign.print;
  var imul = stdlib.Math.imul;
  function sieve(n) {
    n = n | 0;
    var i = 0, j = 0, count = 0, k = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) H8[i] = 1;
    for (i = 2; (imul(i, i) | 0) < (n | 0); i = (i + 1) | 0)
      if (H8[i] | 0)
        for (j = imul(i, i) | 0; (j | 0) < (n | 0); j = (j + i) | 0) H8[j] = 0;
    for (i = 2; (i | 0) < (n | 0); i = (i + 1) | 0)
      if (H8[i] | 0) count = (count + 1) | 0;
    print(n | 0, count | 0);
    for (i = (n - 1) | 0; ((i | 0) >= 2) & ((k | 0) < 10); i = (i - 1) | 0)
      if (H8[i] | 0) { print(i | 0); k = (k + 1) | 0; }
    H32[16380] = count;
    return ((H32[16380] | 0) >>> 0) % 100 | 0;
  }
  return { sieve: sieve };
}
