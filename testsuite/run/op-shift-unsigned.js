// >>> is logical: negatives become large unsigned values; >>>0 keeps all 32 bits; counts masked to 5 bits
// run: shr(-1, 0)
// run: shr(-1, 1)
// run: shr(-1, 31)
// run: shr(-1, 32)
// run: shr(-2147483648, 31)
// run: shr(-16, -28)
// run: shr(12345, 33)
// run: shri(-1, 0)
// run: shri(-1, 1)
// run: shri(-2147483648, 0)
function M(stdlib, foreign, heap) {
  "use asm";
  function shr(a, n) {
    a = a|0;
    n = n|0;
    return +((a >>> n)>>>0);
  }
  function shri(a, n) {
    a = a|0;
    n = n|0;
    return (a >>> n)|0;
  }
  return { shr: shr, shri: shri };
}
