// ToInt32 and the integer division helpers called from loops, on every
// edge case, with what JS gives
// run: fill()
// run: toInt(0)
// run: toInt(1)
// run: toInt(2)
// run: toInt(3)
// run: toIntF(0)
// run: toIntF(2)
// run: divs(0)
// run: divs(1)
// run: divs(2)
// run: divs(3)
function M(stdlib, foreign, heap) {
  "use asm";
  var HF = new stdlib.Float64Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var imul = stdlib.Math.imul;
  var fround = stdlib.Math.fround;
  var inf = stdlib.Infinity;
  var nan = stdlib.NaN;
  // Edge doubles at HF[0..15], edge ints at H32[64..71].
  function fill() {
    HF[0] = nan; HF[1] = inf; HF[2] = -inf; HF[3] = 2147483648.0;
    HF[4] = -2147483649.0; HF[5] = 1.0e300; HF[6] = -0.5; HF[7] = 4294967301.0;
    HF[8] = -2147483648.0; HF[9] = 2147483647.9; HF[10] = 5.0e-324; HF[11] = -1.0e20;
    HF[12] = 3000000000.5; HF[13] = -3000000000.5; HF[14] = 0.0; HF[15] = -0.0;
    H32[64] = 0; H32[65] = -1; H32[66] = -2147483648; H32[67] = 2147483647;
    H32[68] = 1; H32[69] = 7; H32[70] = -7; H32[71] = 65536;
  }
  // `~~` on 16 doubles (scaled by `k`), in a loop; the results combined.
  function toInt(k) {
    k = k|0;
    var i = 0, h = 0, d = 0.0;
    for (i = 0; (i|0) < 16; i = (i + 1)|0) {
      d = +HF[i << 3 >> 3] * +(k + 1|0);
      h = (imul(h, 31) + ~~d)|0;
      H32[(256 + (i << 2)) >> 2] = ~~(d * 0.5);
    }
    return (h ^ (H32[(256 + (k << 2)) >> 2]|0))|0;
  }
  // `~~` on floats.
  function toIntF(k) {
    k = k|0;
    var i = 0, h = 0, f = fround(0);
    for (i = 0; (i|0) < 16; i = (i + 1)|0) {
      f = fround(+HF[i << 3 >> 3] + +(k|0));
      h = (imul(h, 31) + ~~f)|0;
    }
    return h|0;
  }
  // Signed and unsigned / and % over every pair of the 8 edge ints; `k`
  // picks which of the four forms lead the combination.
  function divs(k) {
    k = k|0;
    var i = 0, j = 0, a = 0, b = 0, h = 0, q = 0;
    for (i = 0; (i|0) < 8; i = (i + 1)|0) {
      a = H32[(256 + (i << 2)) >> 2]|0;
      for (j = 0; (j|0) < 8; j = (j + 1)|0) {
        b = H32[(256 + (j << 2)) >> 2]|0;
        if ((k|0) == 0) q = ((a|0) / (b|0))|0;
        else if ((k|0) == 1) q = ((a|0) % (b|0))|0;
        else if ((k|0) == 2) q = ((a>>>0) / (b>>>0))|0;
        else q = ((a>>>0) % (b>>>0))|0;
        h = (imul(h, 31) + q)|0;
      }
    }
    return h|0;
  }
  return { fill: fill, toInt: toInt, toIntF: toIntF, divs: divs };
}
