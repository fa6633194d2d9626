// recursive gcd with signed remainder, including negatives and INT_MIN
// run: gcd(12, 18)
// run: gcd(17, 5)
// run: gcd(0, 9)
// run: gcd(9, 0)
// run: gcd(0, 0)
// run: gcd(-12, 18)
// run: gcd(12, -18)
// run: gcd(-2147483648, 6)
// run: gcd(-2147483648, -2147483648)
// run: ugcd(-2147483648, 6)
// run: ugcd(-1, 3)
function M(stdlib, foreign, heap) {
  "use asm";
  function gcd(a, b) {
    a = a|0;
    b = b|0;
    if ((b|0) == 0) return a|0;
    return gcd(b, (a|0) % (b|0)|0)|0;
  }
  function ugcd(a, b) {
    a = a|0;
    b = b|0;
    if ((b|0) == 0) return +(a>>>0);
    return +ugcd(b, (a>>>0) % (b>>>0)|0);
  }
  return { gcd: gcd, ugcd: ugcd };
}
