// A double as Node's `console.log(x)` writes it, in asm.js: the text of
// JavaScript's `Number.prototype.toString()` (ECMAScript Number::toString,
// V8's DoubleToCString), except that -0 is `-0` (as console.log writes it;
// `String(-0)` is `0`). asm2wasm translates this module and links it into
// the WASI commands, so that `print(x)` of a double writes V8's text, bit
// for bit, with no host.
//
// `dtoa(x)` writes the ASCII text at `SCRATCH + 0 ..` and returns its
// length (at most 25 bytes: `-0.0000012345678901234567`).
//
// ## What the text is
//
// `NaN`, `Infinity`, `-Infinity`, `0`, `-0`; else the sign, then the
// SHORTEST digit string s (n digits) whose value s * 10^(p - n) reads back
// as x (rounds to x), and among several shortest ones the one closest to
// x (V8 takes the even one of two as close: 1125899906842624.25 is
// `1125899906842624.2`). `p` is the position of the decimal point, and
// the text is
//
//   n <= p <= 21   the digits, then p - n zeros          123456789012345680000
//   0 < p <= 21    the first p digits, `.`, the others   3.25
//   -6 < p <= 0    `0.`, -p zeros, the digits            0.000001
//   otherwise      d[.ddd]e+E or e-E, E = |p - 1|        1e+21, 1.5e-7
//
// ## The exact algorithm
//
// x = m * 2^e with m an integer (53 bits with the hidden bit; fewer for a
// subnormal, e = -1074 then). The numbers that read back as x are those
// within half a gap of x: above, up to x + 2^(e-1); below, down to
// x - 2^(e-1), or x - 2^(e-2) when m = 2^52 and x is normal (the gap below
// a power of two is half as wide: the asymmetric boundary; the smallest
// normal 2^-1022 has a subnormal of the same gap below it and is not such
// a case). Round-half-even reading back puts the two boundaries themselves
// in the interval when m is even, and out of it when m is odd.
//
// With the factor 4, the three points are integers times 2^(e-2):
//
//   x = 4m * 2^(e-2),  upper = (4m + 2) * 2^(e-2),
//   lower = (4m - 2) * 2^(e-2)  (or (4m - 1) * 2^(e-2) at the asymmetric case).
//
// Choose the decimal scale k = floor((e - 2) log10 2), so that
// 10^k <= 2^(e-2) < 10^(k+1), and look at everything in units of 10^k:
// V = x / 10^k, P = upper / 10^k, M = lower / 10^k. A gap of x is then
// U = 4 * 2^(e-2) / 10^k units, 4 <= U < 40, so that [M, P] always holds
// integers (it is at least U/2 + U/4 >= 3 wide), and V < 2^53 * 40 < 3.6e17
// (the integers involved fit in two int words of base 10^9).
//
// In these units everything is a fraction over DEN: V = 4m X / DEN, and
// the half gaps are 2X / DEN above and 2X / DEN (or X / DEN) below, with
// X = 2^a 5^b and DEN = 2^c 5^d (a = max(e-2-k, 0), c = max(k-e+2, 0),
// b = max(-k, 0), d = max(k, 0); X / DEN = 2^(e-2) / 10^k). The module
// computes with big integers: base-2^24 limbs held as doubles (every
// product of two limbs and every sum of a few is below 2^53, so double
// arithmetic on them is exact), and schoolbook long division, one quotient
// limb at a time, its estimate from the top limbs never above the true
// limb and corrected upwards. One long division, 4m X = vr DEN + R, gives
//
//   vr = floor(V), and R (V - vr = R / DEN);
//
// then three short ones (quotients below 21) give, exactly:
//
//   above = hi - vr, hi the greatest integer in the interval:
//           floor((R + 2X) / DEN), less one when the division is exact
//           (P is an integer) and the boundary is out;
//   below = vr - lo, lo the least integer in the interval:
//           floor((2X - R) / DEN) (X - R at the asymmetric case), less
//           one when exact (M an integer) and out;
//   how V - vr compares with 1/2: floor(2R / DEN) and whether exact.
//
// lo <= vr <= hi (the half gaps are at least 1 unit), and below and
// above are at most 20. Then, with plain ints: find the largest j such
// that a multiple of 10^j lies in [lo, hi] (the shortest digits: a
// candidate with its last digit at 10^j); with t = vr mod 10^j, the
// multiples of 10^j nearest V are vr - t (in the interval when
// t <= below) and vr - t + 10^j (when 10^j - t <= above). j grows digit
// by digit, dividing q = floor(vr / 10^j) by 10 and tracking t and
// 10^j - t (as doubles: only their comparisons with numbers up to 20
// matter) and how V - (vr - t) compares with 10^j / 2 (from the last digit
// dropped and whether all those below it, V's fraction included, are
// zero). At the largest j, q or q + 1 is the answer: the nearer to V
// (q + 1 when V is past the middle, the even one when exactly in the
// middle), unless only the other one is in the interval. Neither can end
// in 0 (a multiple of 10^(j+1) in the interval would contradict j). The
// text's point position is p = n + j + k for the n digits of the answer.
//
// This is the interval Steele & White's and Dragon4's shortest digit
// generation works with (V8's bignum-dtoa, which its Grisu3 fast path
// agrees with), searched once at the finest scale instead of digit by
// digit; no approximation is involved anywhere.
//
// ## The scratch bytes
//
// From the byte address `foreign.scratch` (a multiple of 8), 1664 bytes:
// 0-63 the text, 64-71 the double being taken apart, 80-111 the answer's
// digits, 128-511 X, 512-895 DEN, 896-1279 the number being divided,
// 1280-1663 R (48 limbs each; the largest number, 4m X, is below 2^808,
// 34 limbs). Nothing is kept in the heap between calls.
//
// Uses from stdlib only `Math.floor`, `Math.imul` and the typed arrays.
function AsmDtoa(stdlib, foreign, heap) {
  "use asm";

  var floor = stdlib.Math.floor;
  var imul = stdlib.Math.imul;
  var U8 = new stdlib.Uint8Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var F64 = new stdlib.Float64Array(heap);

  // The scratch bytes' address.
  var SCRATCH = foreign.scratch | 0;

  var BASE = 16777216.0; // 2^24, the limbs' base
  var IBASE = 5.9604644775390625e-8; // 2^-24
  var E9 = 1000000000.0;
  var LOG10_2 = 0.30102999566398120;
  // Just below 1: scales a quotient limb's estimate down past the rounding
  // errors of its three double operations (each below 2^-52).
  var SHRINK = 0.99999999999909;

  // The big integers' byte addresses (set by dtoa), X's and DEN's lengths
  // in limbs.
  var X = 0;
  var DEN = 0;
  var NUM = 0;
  var REM = 0;
  var xlen = 0;
  var dlen = 0;

  // divide()'s quotient, qh * 10^9 + ql.
  var qh = 0.0;
  var ql = 0.0;

  // ---- Big integers: limbs of 24 bits in doubles, least significant first ----

  // Limb i of the number at byte address p; 0 below limb 0.
  function limb(p, i) {
    p = p | 0;
    i = i | 0;
    if ((i | 0) < 0) return 0.0;
    return +F64[(p + (i << 3)) >> 3];
  }

  // All 48 limbs of the number at p set to 0.
  function clear(p) {
    p = p | 0;
    var i = 0;
    for (i = 0; (i | 0) < 48; i = (i + 1) | 0) F64[(p + (i << 3)) >> 3] = 0.0;
  }

  // The number at p (len limbs) times f (an integer below 2^28); returns
  // the new length. limb * f + carry < 2^52 + 2^29: exact.
  function mulSmall(p, len, f) {
    p = p | 0;
    len = len | 0;
    f = +f;
    var i = 0, t = 0.0, c = 0.0;
    for (i = 0; (i | 0) < (len | 0); i = (i + 1) | 0) {
      t = +F64[(p + (i << 3)) >> 3] * f + c;
      c = +floor(t * IBASE);
      F64[(p + (i << 3)) >> 3] = t - c * BASE;
    }
    while (c > 0.0) {
      t = c;
      c = +floor(t * IBASE);
      F64[(p + (len << 3)) >> 3] = t - c * BASE;
      len = (len + 1) | 0;
    }
    return len | 0;
  }

  // The number at p set to 2^a * 5^b; returns its length.
  function setPow(p, a, b) {
    p = p | 0;
    a = a | 0;
    b = b | 0;
    var len = 1, f = 1.0, s = 0, i = 0;
    clear(p);
    F64[p >> 3] = 1.0;
    // 5^12 = 244140625 < 2^28
    while ((b | 0) >= 12) {
      len = mulSmall(p, len, 244140625.0) | 0;
      b = (b - 12) | 0;
    }
    while ((b | 0) > 0) {
      f = f * 5.0;
      b = (b - 1) | 0;
    }
    len = mulSmall(p, len, f) | 0;
    // 2^a: whole limbs, then the bits left
    s = ((a | 0) / 24) | 0;
    if ((s | 0) > 0) {
      for (i = (len - 1) | 0; (i | 0) >= 0; i = (i - 1) | 0) {
        F64[(p + ((i + s) << 3)) >> 3] = +F64[(p + (i << 3)) >> 3];
      }
      for (i = 0; (i | 0) < (s | 0); i = (i + 1) | 0) F64[(p + (i << 3)) >> 3] = 0.0;
      len = (len + s) | 0;
    }
    len = mulSmall(p, len, +((1 << (a - imul(s, 24) | 0)) | 0)) | 0;
    return len | 0;
  }

  // floor(x / y) for integers 0 <= x < 2^53, 0 < y < 2^31: the rounded
  // quotient's floor is off by at most one.
  function fdiv(x, y) {
    x = +x;
    y = +y;
    var q = 0.0, r = 0.0;
    q = +floor(x / y);
    r = x - q * y;
    if (r < 0.0) q = q - 1.0;
    else if (r >= y) q = q + 1.0;
    return +q;
  }

  // Whether NUM's limbs i .. i + dlen, as a number, are at least DEN.
  function windowAtLeastDen(i) {
    i = i | 0;
    var j = 0, u = 0.0, v = 0.0;
    for (j = dlen; (j | 0) >= 0; j = (j - 1) | 0) {
      u = +F64[(NUM + ((i + j) << 3)) >> 3];
      v = +F64[(DEN + (j << 3)) >> 3];
      if (u != v) return (u > v) | 0;
    }
    return 1;
  }

  // NUM's limbs i .. i + dlen minus DEN.
  function windowSubDen(i) {
    i = i | 0;
    var j = 0, t = 0.0, borrow = 0.0;
    for (j = 0; (j | 0) <= (dlen | 0); j = (j + 1) | 0) {
      t = +F64[(NUM + ((i + j) << 3)) >> 3] - +F64[(DEN + (j << 3)) >> 3] - borrow;
      borrow = t < 0.0 ? 1.0 : 0.0;
      F64[(NUM + ((i + j) << 3)) >> 3] = t + borrow * BASE;
    }
  }

  // qh 10^9 + ql set to itself times 4096 plus d < 4096: ql 4096 + d < 2^42.
  function accumulate(d) {
    d = +d;
    var t = 0.0, c = 0.0;
    t = ql * 4096.0 + d;
    c = +fdiv(t, E9);
    ql = t - c * E9;
    qh = qh * 4096.0 + c;
  }

  // NUM (nlen limbs, a 0 limb above) divided by DEN: the quotient (below
  // 2^59 here) in qh, ql; the remainder left in NUM's low dlen limbs.
  //
  // Quotient limb i, q = floor(NUM / (DEN * 2^(24 i))) < 2^24, is
  // estimated as the floor of NUM's four limbs from i + dlen down over
  // DEN's top three plus one. DEN's top limb is not 0, so its top three
  // are at least 2^48, and the ratio is below NUM / (DEN 2^(24 i)) by less
  // than 2^-15 (and never above it, after SHRINK): the estimate is q or,
  // rarely, q - 1. NUM minus the estimate times DEN stays non-negative; an
  // estimate one short is made up by subtracting DEN once more.
  function divide(nlen) {
    nlen = nlen | 0;
    var i = 0, j = 0, at = 0, top = 0.0, est = 0.0, q = 0.0, t = 0.0, borrow = 0.0, c = 0.0;
    qh = 0.0;
    ql = 0.0;
    top = (+limb(DEN, (dlen - 1) | 0) * BASE + +limb(DEN, (dlen - 2) | 0)) * BASE
      + +limb(DEN, (dlen - 3) | 0) + 1.0;
    for (i = (nlen - dlen) | 0; (i | 0) >= 0; i = (i - 1) | 0) {
      est = ((+limb(NUM, (i + dlen) | 0) * BASE + +limb(NUM, (i + dlen - 1) | 0)) * BASE
        + +limb(NUM, (i + dlen - 2) | 0)) * BASE + +limb(NUM, (i + dlen - 3) | 0);
      q = +floor(est / top * SHRINK);
      if (q > 0.0) {
        // NUM -= q * DEN * 2^(24 i): q * limb < 2^48, exact
        borrow = 0.0;
        for (j = 0; (j | 0) < (dlen | 0); j = (j + 1) | 0) {
          at = (NUM + ((i + j) << 3)) | 0;
          t = +F64[at >> 3] - q * +F64[(DEN + (j << 3)) >> 3] - borrow;
          borrow = -floor(t * IBASE);
          F64[at >> 3] = t + borrow * BASE;
        }
        at = (NUM + ((i + dlen) << 3)) | 0;
        F64[at >> 3] = +F64[at >> 3] - borrow;
      }
      while (windowAtLeastDen(i) | 0) {
        windowSubDen(i);
        q = q + 1.0;
      }
      // The quotient so far, times 2^24, plus q, in base 10^9: in two
      // steps of 12 bits (ql 2^24 could pass 2^53)
      c = +floor(q * 2.44140625e-4); // q / 4096
      accumulate(c);
      accumulate(q - c * 4096.0);
    }
  }

  // NUM set to 4m X, m = mhi 2^32 + mlo, and divided by DEN: floor(V) in
  // qh, ql, the remainder in NUM.
  function scaleX(mhi, mlo) {
    mhi = +mhi;
    mlo = +mlo;
    var m0 = 0.0, m1 = 0.0, m2 = 0.0, c = 0.0, i = 0, len = 0, t = 0.0;
    var x0 = 0.0, x1 = 0.0, x2 = 0.0;
    // 4m = 4 mhi 2^32 + 4 mlo as three limbs (4 mlo < 2^34)
    t = mlo * 4.0;
    c = +floor(t * IBASE);
    m0 = t - c * BASE;
    c = c + mhi * 1024.0; // 4 mhi 2^32 = 1024 mhi 2^24
    m2 = +floor(c * IBASE);
    m1 = c - m2 * BASE;
    // NUM = X (m0 + m1 2^24 + m2 2^48), column by column: three products
    // below 2^48 and a carry below 2^27, exact
    clear(NUM);
    len = (xlen + 2) | 0;
    c = 0.0;
    for (i = 0; (i | 0) < (len | 0); i = (i + 1) | 0) {
      x2 = x1;
      x1 = x0;
      x0 = +F64[(X + (i << 3)) >> 3]; // 0 past xlen
      t = c + x0 * m0 + x1 * m1 + x2 * m2;
      c = +floor(t * IBASE);
      F64[(NUM + (i << 3)) >> 3] = t - c * BASE;
    }
    F64[(NUM + (len << 3)) >> 3] = c;
    divide(trimmed((len + 1) | 0) | 0);
  }

  // NUM set to f X + g REM (integers |f|, |g| <= 2, a non-negative result)
  // and divided by DEN.
  function combine(f, g) {
    f = +f;
    g = +g;
    var i = 0, len = 0, t = 0.0, c = 0.0;
    clear(NUM);
    len = (((xlen | 0) > (dlen | 0) ? xlen : dlen) + 1) | 0;
    for (i = 0; (i | 0) < (len | 0); i = (i + 1) | 0) {
      t = c + f * +F64[(X + (i << 3)) >> 3] + g * +F64[(REM + (i << 3)) >> 3];
      c = +floor(t * IBASE);
      F64[(NUM + (i << 3)) >> 3] = t - c * BASE;
    }
    divide(trimmed(len) | 0);
  }

  // NUM's length without its leading zero limbs, from len (at least 1).
  function trimmed(len) {
    len = len | 0;
    while ((len | 0) > 1) {
      if (+F64[(NUM + ((len - 1) << 3)) >> 3] != 0.0) break;
      len = (len - 1) | 0;
    }
    return len | 0;
  }

  // Whether the remainder in NUM is 0.
  function remainderZero() {
    var j = 0;
    for (j = 0; (j | 0) < (dlen | 0); j = (j + 1) | 0) {
      if (+F64[(NUM + (j << 3)) >> 3] != 0.0) return 0;
    }
    return 1;
  }

  // ---- The text ----

  // The byte c at offset i of the text.
  function put(i, c) {
    i = i | 0;
    c = c | 0;
    U8[(SCRATCH + i) >> 0] = c;
  }

  // The n decimal digits of v (leading zeros included) at byte address p.
  function putDigits(p, v, n) {
    p = p | 0;
    v = v | 0;
    n = n | 0;
    var i = 0;
    for (i = (n - 1) | 0; (i | 0) >= 0; i = (i - 1) | 0) {
      U8[(p + i) >> 0] = (((v | 0) % 10) | 0) + 48;
      v = ((v | 0) / 10) | 0;
    }
  }

  // How many decimal digits v > 0 has.
  function digitCount(v) {
    v = v | 0;
    var n = 1;
    while ((v | 0) >= 10) {
      v = ((v | 0) / 10) | 0;
      n = (n + 1) | 0;
    }
    return n | 0;
  }

  // The n digits at byte address p copied to the text from offset i;
  // returns the offset after them.
  function copy(i, p, n) {
    i = i | 0;
    p = p | 0;
    n = n | 0;
    var k = 0;
    for (k = 0; (k | 0) < (n | 0); k = (k + 1) | 0) {
      put((i + k) | 0, U8[(p + k) >> 0] | 0);
    }
    return (i + n) | 0;
  }

  // n zeros in the text from offset i; returns the offset after them.
  function zeros(i, n) {
    i = i | 0;
    n = n | 0;
    var k = 0;
    for (k = 0; (k | 0) < (n | 0); k = (k + 1) | 0) put((i + k) | 0, 48);
    return (i + n) | 0;
  }

  // ---- dtoa ----

  function dtoa(x) {
    x = +x;
    var hw = 0, lw = 0, bexp = 0, fhi = 0, pos = 0, e = 0, even = 0, asym = 0;
    var e2 = 0, k = 0, s2 = 0, a = 0, b = 0, c = 0, d = 0;
    var mhi = 0.0, mlo = 0.0;
    var vh = 0, vl = 0, i = 0;
    var below = 0, above = 0, hq = 0, lq = 0, j = 0, dg = 0, cls = 0, zero = 0, up = 0;
    var t = 0.0, cpl = 0.0, p10 = 0.0, nt = 0.0, ncpl = 0.0;
    var dig = 0, nd = 0, n = 0, point = 0, ex = 0;

    X = (SCRATCH + 128) | 0;
    DEN = (SCRATCH + 512) | 0;
    NUM = (SCRATCH + 896) | 0;
    REM = (SCRATCH + 1280) | 0;
    dig = (SCRATCH + 80) | 0;

    // The words of x: sign, biased exponent, fraction
    F64[(SCRATCH + 64) >> 3] = x;
    lw = I32[(SCRATCH + 64) >> 2] | 0;
    hw = I32[(SCRATCH + 68) >> 2] | 0;
    bexp = (hw >>> 20) & 0x7ff;
    fhi = hw & 0xfffff;

    if ((bexp | 0) == 0x7ff) {
      if ((fhi | lw | 0) != 0) {
        put(0, 78); // N
        put(1, 97); // a
        put(2, 78); // N
        return 3;
      }
      if ((hw | 0) < 0) {
        put(0, 45); // -
        pos = 1;
      }
      put(pos, 73); // I
      put((pos + 1) | 0, 110); // n
      put((pos + 2) | 0, 102); // f
      put((pos + 3) | 0, 105); // i
      put((pos + 4) | 0, 110); // n
      put((pos + 5) | 0, 105); // i
      put((pos + 6) | 0, 116); // t
      put((pos + 7) | 0, 121); // y
      return (pos + 8) | 0;
    }
    if ((hw | 0) < 0) {
      put(0, 45); // -
      pos = 1;
    }
    if (((bexp | 0) == 0) & ((fhi | lw | 0) == 0)) {
      put(pos, 48); // 0, or -0
      return (pos + 1) | 0;
    }

    // x = m 2^e
    if ((bexp | 0) == 0) {
      mhi = +(fhi | 0);
      e = -1074;
    } else {
      mhi = +(fhi | 0x100000);
      e = (bexp - 1075) | 0;
    }
    mlo = +(lw >>> 0);
    even = (lw & 1) ^ 1;
    asym = ((bexp | 0) > 1) & ((fhi | lw | 0) == 0);

    // The scale 10^k, and X = 2^a 5^b, DEN = 2^c 5^d with
    // X / DEN = 2^(e-2) / 10^k
    e2 = (e - 2) | 0;
    k = ~~+floor(+(e2 | 0) * LOG10_2);
    s2 = (e2 - k) | 0;
    a = (s2 | 0) > 0 ? s2 : 0;
    c = (s2 | 0) < 0 ? (0 - s2) | 0 : 0;
    b = (k | 0) < 0 ? (0 - k) | 0 : 0;
    d = (k | 0) > 0 ? k : 0;
    xlen = setPow(X, a, b) | 0;
    dlen = setPow(DEN, c, d) | 0;

    // vr = floor(V) = vh 10^9 + vl; the remainder R (V - vr = R / DEN)
    // kept in REM
    scaleX(mhi, mlo);
    vh = ~~qh;
    vl = ~~ql;
    zero = remainderZero() | 0;
    clear(REM);
    for (i = 0; (i | 0) < (dlen | 0); i = (i + 1) | 0) {
      F64[(REM + (i << 3)) >> 3] = +F64[(NUM + (i << 3)) >> 3];
    }
    // above = hi - vr: P = vr + (R + 2X) / DEN, less one if P is an
    // integer left out
    combine(2.0, 1.0);
    above = ~~ql;
    if ((remainderZero() | 0) & (even ^ 1)) above = (above - 1) | 0;
    // below = vr - lo: M = vr - (2X - R) / DEN (or (X - R) / DEN), lo its
    // ceiling, plus one if M is an integer left out
    combine(asym ? 1.0 : 2.0, -1.0);
    below = ~~ql;
    if ((remainderZero() | 0) & (even ^ 1)) below = (below - 1) | 0;
    // How V - vr = R / DEN compares with 1/2: 2R / DEN
    combine(0.0, 2.0);
    if (ql == 0.0) cls = -1;
    else cls = (remainderZero() | 0) ? 0 : 1;

    // The largest j with a multiple of 10^j in [vr - below, vr + above].
    // q = floor(vr / 10^j) = hq 10^9 + lq; t = vr mod 10^j; cpl = 10^j - t;
    // cls: the sign of (t + the fraction of V) - 10^j / 2; zero: whether
    // t + the fraction is 0.
    hq = vh;
    lq = vl;
    t = 0.0;
    cpl = 1.0;
    p10 = 1.0;
    while ((j | 0) < 18) {
      dg = ((lq | 0) % 10) | 0;
      nt = +(dg | 0) * p10 + t;
      ncpl = +((9 - dg) | 0) * p10 + cpl;
      if ((nt > +(below | 0)) & (ncpl > +(above | 0))) break;
      if ((dg | 0) > 5) cls = 1;
      else if ((dg | 0) < 5) cls = -1;
      else cls = zero ? 0 : 1;
      zero = zero & ((dg | 0) == 0);
      t = nt;
      cpl = ncpl;
      p10 = p10 * 10.0;
      lq = (((lq | 0) / 10) | 0) + imul(((hq | 0) % 10) | 0, 100000000) | 0;
      hq = ((hq | 0) / 10) | 0;
      j = (j + 1) | 0;
    }

    // q or q + 1: the nearer to V (the even one in the middle), unless
    // only the other is in the interval
    up = (cls | 0) > 0 ? 1 : 0;
    if ((cls | 0) == 0) up = lq & 1;
    if (up & (cpl > +(above | 0))) up = 0;
    if (((up | 0) == 0) & (t > +(below | 0))) up = 1;
    if (up) {
      lq = (lq + 1) | 0;
      if ((lq | 0) == 1000000000) {
        lq = 0;
        hq = (hq + 1) | 0;
      }
    }

    // The answer's digits
    if ((hq | 0) > 0) {
      nd = digitCount(hq) | 0;
      putDigits(dig, hq, nd);
      putDigits((dig + nd) | 0, lq, 9);
      nd = (nd + 9) | 0;
    } else {
      nd = digitCount(lq) | 0;
      putDigits(dig, lq, nd);
    }
    // (no trailing zero can occur; dropped all the same)
    while ((nd | 0) > 1) {
      if ((U8[(dig + nd - 1) >> 0] | 0) != 48) break;
      nd = (nd - 1) | 0;
      j = (j + 1) | 0;
    }
    point = (nd + j + k) | 0;

    // The text
    if (((nd | 0) <= (point | 0)) & ((point | 0) <= 21)) {
      n = copy(pos, dig, nd) | 0;
      return zeros(n, (point - nd) | 0) | 0;
    }
    if (((point | 0) > 0) & ((point | 0) <= 21)) {
      n = copy(pos, dig, point) | 0;
      put(n, 46); // .
      return copy((n + 1) | 0, (dig + point) | 0, (nd - point) | 0) | 0;
    }
    if (((point | 0) > -6) & ((point | 0) <= 0)) {
      put(pos, 48); // 0
      put((pos + 1) | 0, 46); // .
      n = zeros((pos + 2) | 0, (0 - point) | 0) | 0;
      return copy(n, dig, nd) | 0;
    }
    n = copy(pos, dig, 1) | 0;
    if ((nd | 0) > 1) {
      put(n, 46); // .
      n = copy((n + 1) | 0, (dig + 1) | 0, (nd - 1) | 0) | 0;
    }
    put(n, 101); // e
    ex = (point - 1) | 0;
    if ((ex | 0) < 0) {
      put((n + 1) | 0, 45); // -
      ex = (0 - ex) | 0;
    } else {
      put((n + 1) | 0, 43); // +
    }
    n = (n + 2) | 0;
    nd = digitCount(ex) | 0;
    putDigits((SCRATCH + n) | 0, ex, nd);
    return (n + nd) | 0;
  }

  return { dtoa: dtoa };
}
