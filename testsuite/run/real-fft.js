// a radix-2 double FFT (twiddles by angle halving, checked against Math.sin/Math.cos): a spectrum's peaks, inverse round trip, Parseval, and big-number multiplication by convolution
// heap: 524288
// run: checkTrig(12)
// run: checkTrig(3)
// run: fft(10, 0)
// run: power(50)
// run: power(120)
// run: power(3)
// run: fft(9, 1)
// run: roundtrip(12)
// run: roundtrip(0)
// run: parseval(8)
// run: fft(-1, 0)
// run: fft(20, 2)
// run: multiply(500, 7)
// run: multiply(1024, 99)
// run: multiply(1, 3)
function M(stdlib, foreign, heap) {
  "use asm";

  var F64 = new stdlib.Float64Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var sin = stdlib.Math.sin;
  var cos = stdlib.Math.cos;
  var sqrt = stdlib.Math.sqrt;
  var floor = stdlib.Math.floor;
  var abs = stdlib.Math.abs;
  var imul = stdlib.Math.imul;
  var PI = stdlib.Math.PI;
  var mismatch = foreign.mismatch;

  // The memory map (byte offsets). Complex arrays interleave re and im.
  var DATA = 0;          // up to 4096 complex
  var DATA2 = 65536;     // a second array for convolutions
  var TW = 131072;       // N/2 twiddles e^(-2 pi i k / N)
  var SAVE = 196608;     // the input, kept for comparisons
  var DIG_A = 262144;    // int32 decimal digits, least significant first
  var DIG_B = 266240;
  var PROD = 270336;     // 2048 int32: the FFT product's digits
  var SCHOOL = 278528;   // 2048 int32: the schoolbook product's digits
  var LOG_MAX = 12;

  var twN = 0;
  var size = 0;
  var seed = 1;

  function uniform() {
    seed = (imul(seed, 1103515245) + 12345) | 0;
    return +((seed >>> 8) & 65535) / 65536.0 - 0.5;
  }

  // The twiddles w_k = e^(-2 pi i k / n), k < n/2, from exact operations
  // only: the powers of two by halving the angle from w_(n/4) = -i
  // (cos a/2 = sqrt((1 + cos a) / 2), sin a/2 = sin a / (2 cos a/2)), the
  // rest as products w_(h + r) = w_h w_r, h the highest power of two in k.
  function twiddles(n) {
    n = n | 0;
    var k = 0, m = 0, h = 0, r = 0, c = 0.0, s = 0.0, c2 = 0.0;
    var ar = 0.0, ai = 0.0, br = 0.0, bi = 0.0;
    if ((n | 0) == (twN | 0)) return;
    F64[TW >> 3] = 1.0;
    F64[(TW + 8) >> 3] = 0.0;
    if ((n | 0) >= 4) {
      c = 0.0;
      s = 1.0;
      for (m = 4; (m | 0) <= (n | 0); m = m << 1) {
        if ((m | 0) > 4) {
          c2 = +sqrt((1.0 + c) * 0.5);
          s = s / (2.0 * c2);
          c = c2;
        }
        k = ((n | 0) / (m | 0)) | 0;
        F64[(TW + (k << 4)) >> 3] = c;
        F64[(TW + (k << 4) + 8) >> 3] = -s;
      }
      for (k = 3; (k | 0) < ((n >> 1) | 0); k = (k + 1) | 0) {
        if (!(k & (k - 1))) continue;
        h = 1;
        while ((h << 1) <= (k | 0)) h = h << 1;
        r = (k - h) | 0;
        ar = +F64[(TW + (h << 4)) >> 3];
        ai = +F64[(TW + (h << 4) + 8) >> 3];
        br = +F64[(TW + (r << 4)) >> 3];
        bi = +F64[(TW + (r << 4) + 8) >> 3];
        F64[(TW + (k << 4)) >> 3] = ar * br - ai * bi;
        F64[(TW + (k << 4) + 8) >> 3] = ar * bi + ai * br;
      }
    }
    twN = n;
  }

  // cos and sin of 2 pi r / twN, for 0 <= r < twN, read off the twiddles.
  function cosAt(r) {
    r = r | 0;
    var half = 0;
    half = twN >> 1;
    if ((r | 0) < (half | 0)) return +F64[(TW + (r << 4)) >> 3];
    return -+F64[(TW + ((r - half) << 4)) >> 3];
  }
  function sinAt(r) {
    r = r | 0;
    var half = 0;
    half = twN >> 1;
    if ((r | 0) < (half | 0)) return -+F64[(TW + (r << 4) + 8) >> 3];
    return +F64[(TW + ((r - half) << 4) + 8) >> 3];
  }

  // 1 when the twiddles of size 2^logn agree with Math.cos and Math.sin to
  // 1e-13 (libm's last bits vary by engine, the verdict does not).
  function checkTrig(logn) {
    logn = logn | 0;
    var n = 0, k = 0, a = 0.0, e = 0.0, worst = 0.0;
    logn = clampLog(logn) | 0;
    n = 1 << logn;
    twiddles(n);
    for (k = 0; (k | 0) < ((n >> 1) | 0); k = (k + 1) | 0) {
      a = -2.0 * PI * +(k | 0) / +(n | 0);
      e = +abs(+F64[(TW + (k << 4)) >> 3] - +cos(a)) + +abs(+F64[(TW + (k << 4) + 8) >> 3] - +sin(a));
      if (e > worst) worst = e;
    }
    return worst < 1.0e-13 | 0;
  }

  function bitReverse(base, n) {
    base = base | 0;
    n = n | 0;
    var i = 0, j = 0, m = 0, t = 0.0, pi = 0, pj = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      if ((i | 0) < (j | 0)) {
        pi = (base + (i << 4)) | 0;
        pj = (base + (j << 4)) | 0;
        t = +F64[pi >> 3];
        F64[pi >> 3] = +F64[pj >> 3];
        F64[pj >> 3] = t;
        t = +F64[(pi + 8) >> 3];
        F64[(pi + 8) >> 3] = +F64[(pj + 8) >> 3];
        F64[(pj + 8) >> 3] = t;
      }
      m = n >> 1;
      while (((m | 0) >= 1) & ((j & m) != 0)) {
        j = j ^ m;
        m = m >> 1;
      }
      j = j | m;
    }
  }

  // In-place transform of n = 2^logn points at base; inverse conjugates the
  // twiddles and scales by 1/n.
  function transform(base, logn, inverse) {
    base = base | 0;
    logn = logn | 0;
    inverse = inverse | 0;
    var n = 0, len = 0, half = 0, step = 0, i = 0, k = 0, a = 0, b = 0;
    var wr = 0.0, wi = 0.0, xr = 0.0, xi = 0.0, tr = 0.0, ti = 0.0, s = 0.0;
    n = 1 << logn;
    twiddles(n);
    bitReverse(base, n);
    for (len = 2; (len | 0) <= (n | 0); len = len << 1) {
      half = len >> 1;
      step = ((n | 0) / (len | 0)) | 0;
      for (i = 0; (i | 0) < (n | 0); i = (i + len) | 0) {
        for (k = 0; (k | 0) < (half | 0); k = (k + 1) | 0) {
          wr = +F64[(TW + (imul(k, step) << 4)) >> 3];
          wi = +F64[(TW + (imul(k, step) << 4) + 8) >> 3];
          if (inverse) wi = -wi;
          a = (base + ((i + k) << 4)) | 0;
          b = (base + ((i + k + half) << 4)) | 0;
          xr = +F64[b >> 3];
          xi = +F64[(b + 8) >> 3];
          tr = wr * xr - wi * xi;
          ti = wr * xi + wi * xr;
          F64[b >> 3] = +F64[a >> 3] - tr;
          F64[(b + 8) >> 3] = +F64[(a + 8) >> 3] - ti;
          F64[a >> 3] = +F64[a >> 3] + tr;
          F64[(a + 8) >> 3] = +F64[(a + 8) >> 3] + ti;
        }
      }
    }
    if (inverse) {
      s = 1.0 / +(n | 0);
      for (i = 0; (i | 0) < (n << 1); i = (i + 1) | 0) {
        F64[(base + (i << 3)) >> 3] = +F64[(base + (i << 3)) >> 3] * s;
      }
    }
  }

  function clampLog(logn) {
    logn = logn | 0;
    if ((logn | 0) < 0) return 0;
    if ((logn | 0) > (LOG_MAX | 0)) return LOG_MAX | 0;
    return logn | 0;
  }

  // Kind 0: two tones (bins 50 and 120) in noise; 1: a square wave of period
  // 64; 2: an impulse at 3.
  function signal(logn, kind) {
    logn = logn | 0;
    kind = kind | 0;
    var n = 0, i = 0, v = 0.0;
    n = 1 << logn;
    twiddles(n);
    seed = (kind + 77) | 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      switch (kind | 0) {
        case 0:
          v = 1.5 * +sinAt(imul(i, 50) & (n - 1)) + 0.75 * +cosAt(imul(i, 120) & (n - 1)) + 0.2 * +uniform();
          break;
        case 1:
          v = (i & 32) ? -1.0 : 1.0;
          break;
        default:
          v = (i | 0) == 3 ? 1.0 : 0.0;
      }
      F64[(DATA + (i << 4)) >> 3] = v;
      F64[(DATA + (i << 4) + 8) >> 3] = 0.0;
      F64[(SAVE + (i << 4)) >> 3] = v;
      F64[(SAVE + (i << 4) + 8) >> 3] = 0.0;
    }
    size = n;
  }

  function power(k) {
    k = k | 0;
    var re = 0.0, im = 0.0;
    if (((k | 0) < 0) | ((k | 0) >= (size | 0))) return -1.0;
    re = +F64[(DATA + (k << 4)) >> 3];
    im = +F64[(DATA + (k << 4) + 8) >> 3];
    return +(re * re + im * im);
  }

  // Transform a generated signal; returns the bin of the largest power in
  // the lower half of the spectrum.
  function fft(logn, kind) {
    logn = logn | 0;
    kind = kind | 0;
    var k = 0, best = 0, p = 0.0, top = -1.0;
    logn = clampLog(logn) | 0;
    signal(logn, kind);
    transform(DATA, logn, 0);
    for (k = 0; (k | 0) <= (size >> 1); k = (k + 1) | 0) {
      p = +power(k);
      if (p > top) {
        top = p;
        best = k;
      }
    }
    return best | 0;
  }

  // Forward then inverse: the largest deviation from the input.
  function roundtrip(logn) {
    logn = logn | 0;
    var i = 0, worst = 0.0, e = 0.0;
    logn = clampLog(logn) | 0;
    signal(logn, 0);
    transform(DATA, logn, 0);
    transform(DATA, logn, 1);
    for (i = 0; (i | 0) < (size << 1); i = (i + 1) | 0) {
      e = +abs(+F64[(DATA + (i << 3)) >> 3] - +F64[(SAVE + (i << 3)) >> 3]);
      if (e > worst) worst = e;
    }
    return +worst;
  }

  // sqrt of time-domain energy and of spectral energy / n: their difference.
  function parseval(logn) {
    logn = logn | 0;
    var i = 0, et = 0.0, ef = 0.0, v = 0.0;
    logn = clampLog(logn) | 0;
    signal(logn, 0);
    for (i = 0; (i | 0) < (size | 0); i = (i + 1) | 0) {
      v = +F64[(SAVE + (i << 4)) >> 3];
      et = et + v * v;
    }
    transform(DATA, logn, 0);
    for (i = 0; (i | 0) < (size | 0); i = (i + 1) | 0) ef = ef + +power(i);
    return +(+sqrt(et) - +sqrt(ef / +(size | 0)));
  }

  // ---- multiplication by convolution ------------------------------------------

  // Multiply two generated numbers of `digits` decimal digits by FFT and by
  // schoolbook; mismatching digits are reported. Returns a hash of the digits.
  function multiply(digits, s) {
    digits = digits | 0;
    s = s | 0;
    var i = 0, j = 0, logn = 0, n = 0, carry = 0, v = 0, h = 0, bad = 0;
    var ar = 0.0, ai = 0.0, br = 0.0, bi = 0.0;
    if ((digits | 0) < 1) digits = 1;
    if ((digits | 0) > 1024) digits = 1024;
    seed = s;
    for (i = 0; (i | 0) < (digits | 0); i = (i + 1) | 0) {
      H32[(DIG_A + (i << 2)) >> 2] = ~~(+floor((+uniform() + 0.5) * 10.0));
      H32[(DIG_B + (i << 2)) >> 2] = ~~(+floor((+uniform() + 0.5) * 10.0));
    }
    while ((1 << logn) < (digits << 1)) logn = (logn + 1) | 0;
    n = 1 << logn;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      F64[(DATA + (i << 4)) >> 3] = (i | 0) < (digits | 0) ? +(H32[(DIG_A + (i << 2)) >> 2] | 0) : 0.0;
      F64[(DATA2 + (i << 4)) >> 3] = (i | 0) < (digits | 0) ? +(H32[(DIG_B + (i << 2)) >> 2] | 0) : 0.0;
      F64[(DATA + (i << 4) + 8) >> 3] = 0.0;
      F64[(DATA2 + (i << 4) + 8) >> 3] = 0.0;
    }
    transform(DATA, logn, 0);
    transform(DATA2, logn, 0);
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      ar = +F64[(DATA + (i << 4)) >> 3];
      ai = +F64[(DATA + (i << 4) + 8) >> 3];
      br = +F64[(DATA2 + (i << 4)) >> 3];
      bi = +F64[(DATA2 + (i << 4) + 8) >> 3];
      F64[(DATA + (i << 4)) >> 3] = ar * br - ai * bi;
      F64[(DATA + (i << 4) + 8) >> 3] = ar * bi + ai * br;
    }
    transform(DATA, logn, 1);
    carry = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      v = ((~~+floor(+F64[(DATA + (i << 4)) >> 3] + 0.5)) + carry) | 0;
      H32[(PROD + (i << 2)) >> 2] = (v | 0) % 10 | 0;
      carry = (v | 0) / 10 | 0;
    }
    // The schoolbook product.
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) H32[(SCHOOL + (i << 2)) >> 2] = 0;
    for (i = 0; (i | 0) < (digits | 0); i = (i + 1) | 0) {
      carry = 0;
      for (j = 0; (j | 0) < (digits | 0); j = (j + 1) | 0) {
        v = (imul(H32[(DIG_A + (i << 2)) >> 2] | 0, H32[(DIG_B + (j << 2)) >> 2] | 0) +
          (H32[(SCHOOL + ((i + j) << 2)) >> 2] | 0) + carry) | 0;
        H32[(SCHOOL + ((i + j) << 2)) >> 2] = (v | 0) % 10 | 0;
        carry = (v | 0) / 10 | 0;
      }
      H32[(SCHOOL + ((i + digits) << 2)) >> 2] = carry;
    }
    h = -2128831035;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      v = H32[(PROD + (i << 2)) >> 2] | 0;
      if ((v | 0) != (H32[(SCHOOL + (i << 2)) >> 2] | 0)) bad = (bad + 1) | 0;
      h = imul(h ^ v, 16777619) | 0;
    }
    if (bad) mismatch(bad | 0);
    return h | 0;
  }

  return { checkTrig: checkTrig, fft: fft, power: power, roundtrip: roundtrip, parseval: parseval, multiply: multiply };
}
