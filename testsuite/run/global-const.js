// module-level const (both engines: an immutable global) and locals
// initialised from constants: a const with a literal, a stdlib constant
// run: ints(5)
// run: ints(-7)
// run: doubles(0.5)
// run: floats(1.25)
// run: special()
// run: store(3)
function M(stdlib, foreign, heap) {
  "use asm";
  var H32 = new stdlib.Int32Array(heap);
  var fround = stdlib.Math.fround;
  var inf = stdlib.Infinity;
  var nan = stdlib.NaN;
  var pi = stdlib.Math.PI;
  const K = 10, NEG = -2147483647;
  const D = 1.5;
  const F = fround(0.1);
  const ZERO = fround(0);
  const EIGHT = 8;
  function ints(a) {
    a = a|0;
    var k = K;
    k = (k + a)|0;
    return (((k * 3)|0) + (NEG|0) + K)|0;
  }
  function doubles(x) {
    x = +x;
    var d = D;
    var p = pi;
    d = d * x + p;
    return +(d + D);
  }
  function floats(x) {
    x = +x;
    var f = F;
    var z = ZERO;
    f = fround(f + fround(x));
    z = fround(z - f);
    return +fround(f * z);
  }
  function special() {
    var i = inf;
    var n = nan;
    return +((i > 1.0e308 ? 1.0 : 0.0) + (n != n ? 2.0 : 0.0) + (-i < 0.0 ? 4.0 : 0.0));
  }
  function store(i) {
    i = i|0;
    H32[EIGHT >> 2] = (i + K)|0;
    return H32[2]|0;
  }
  return { ints: ints, doubles: doubles, floats: floats, special: special, store: store };
}
