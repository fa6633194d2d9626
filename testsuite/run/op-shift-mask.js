// ((x >>> a) & m) << b is emitted as one shift and one mask when 0 < b <= a;
// the bits must be those of the three operators, for every x, and for >> too
// run: index(0)
// run: index(-1)
// run: index(-2147483648)
// run: index(2147483647)
// run: index(305419896)
// run: index(-305419896)
// run: signed(0)
// run: signed(-1)
// run: signed(-2147483648)
// run: signed(2147483647)
// run: signed(-305419896)
// run: same(-1)
// run: same(-2147483648)
// run: same(1234567)
// run: wide(-1)
// run: wide(-2147483648)
// run: wide(2147483647)
// run: counts(-1)
// run: counts(-559038737)
// run: kept(-1)
// run: kept(-559038737)
function M(stdlib, foreign, heap) {
  "use asm";
  var MASK = 255;
  // A table index, as Emscripten writes it: shift, mask, scale.
  function index(x) {
    x = x|0;
    return ((((x >>> 8) & 255) << 2) + (((x >>> 16) & MASK) << 2) + ((255 & (x >>> 24)) << 2))|0;
  }
  // An arithmetic shift: the sign bits reach the mask.
  function signed(x) {
    x = x|0;
    return ((((x >> 4) & 4095) << 3) ^ (((x >> 20) & 2147483647) << 1))|0;
  }
  // a == b: the shifts cancel, only the mask is left.
  function same(x) {
    x = x|0;
    return ((((x >>> 3) & 1023) << 3) + (((x >> 5) & 65535) << 5))|0;
  }
  // A mask wider than what the shift leaves, and bits shifted out at the top.
  function wide(x) {
    x = x|0;
    return ((((x >>> 1) & 2147483647) << 1) ^ (((x >>> 30) & 7) << 29))|0;
  }
  // Counts of 32 and more are taken modulo 32, as in JS.
  function counts(x) {
    x = x|0;
    return ((((x >>> 40) & 255) << 34) + (((x >>> 33) & 65535) << 33))|0;
  }
  // b > a and b == 0 are left as written.
  function kept(x) {
    x = x|0;
    return ((((x >>> 2) & 255) << 6) ^ (((x >>> 7) & 511) << 0))|0;
  }
  return { index: index, signed: signed, same: same, wide: wide, counts: counts, kept: kept };
}
