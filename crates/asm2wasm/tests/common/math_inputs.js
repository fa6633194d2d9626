// The inputs on which tests/math.rs and tests/libm.rs compare a `Math` with
// V8's: `mathInputs(N, unary, atan2, pow)` calls `unary(x)` for every value
// of `special`, then for N random doubles; `atan2(y, x)` for every pair of
// special values, then N random pairs; `pow(x, y)` the same. The random
// inputs are drawn from a fixed xoshiro128** stream (every run checks the
// same ones) in families aimed at each algorithm's branches. No Node API:
// any engine can run it.
'use strict';

// xoshiro128**, 32-bit words.
let s0 = 0x9e3779b9 | 0, s1 = 0x243f6a88 | 0, s2 = 0xb7e15162 | 0, s3 = 0x7f4a7c15 | 0;
const rotl = (x, k) => (x << k) | (x >>> (32 - k));
function next() {
  const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
  const t = s1 << 9;
  s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11);
  return r >>> 0;
}
const f = new Float64Array(1), w = new Uint32Array(f.buffer); // w[0] low word, w[1] high
const bits = (hi, lo) => { w[1] = hi; w[0] = lo; return f[0]; };
const unit = () => ((next() >>> 5) * 67108864 + (next() >>> 6)) / 9007199254740992;
const uniform = (lo, hi) => lo + (hi - lo) * unit();
const int = (lo, hi) => lo + Math.floor(unit() * (hi - lo + 1));
const sign = () => (next() & 1 ? -1 : 1);
const raw = () => bits(next(), next());
// A double whose biased exponent is in [elo, ehi], with random fraction and sign.
const expo = (elo, ehi) => bits(((next() & 0x80000000) | (int(elo, ehi) << 20) | (next() & 0xfffff)) >>> 0, next());
// k ulps away from x (moving the bit pattern).
function nudge(x, k) {
  f[0] = x;
  const lo = w[0] + k, carry = Math.floor(lo / 4294967296);
  w[0] = lo - carry * 4294967296;
  w[1] = (w[1] + carry) >>> 0;
  return f[0];
}

// Special values, each with its neighbours one ulp away.
const core = [0, 1, 2, 3, 4, 5, 10, 0.5, 1.5, 2.5, 0.25, 1 / 3, 0.1, 100, 1e6,
  Number.MIN_VALUE, 2.2250738585072014e-308, 2.225073858507201e-308, Number.MAX_VALUE,
  Number.EPSILON, 1e-300, 1e300, 1e-20, 1e20, 2 ** 31, 2 ** 32, 2 ** 52, 2 ** 53, 2 ** 60,
  2 ** 63, 2 ** 64, 2 ** 1023, 2 ** -1022, 2 ** -1074, 2 ** -60, 2 ** -64,
  Math.PI / 4, Math.PI / 2, 3 * Math.PI / 4, Math.PI, 3 * Math.PI / 2, 2 * Math.PI,
  10 * Math.PI, 1e5 * Math.PI / 2, 2 ** 19 * Math.PI / 2, 2 ** 20 * Math.PI / 2, 1e22,
  Math.E, Math.LN2, 0.5 * Math.LN2, 1.5 * Math.LN2, 709.782712893384, -745.1332191019411,
  1024, 1075, 0.9999999999999999, 1e10, 2 ** 31 + 1, 2 ** 53 + 2, 0.75, 0.875];
const special = [NaN, Infinity, -Infinity];
for (const c of core) {
  for (const v of [c, nudge(c, 1), nudge(c, -1)]) {
    if (!special.includes(v)) special.push(v, -v);
  }
}

function mathInputs(N, unary, atan2, pow) {
  const S = special.length;
  for (const x of special) unary(x);
  for (let i = 0; i < N; i++) {
    let x;
    switch (i % 10) {
      case 0: x = raw(); break;
      case 1: x = uniform(-10, 10); break;
      case 2: x = uniform(-1, 1); break;
      case 3: x = nudge(int(-(2 ** 20), 2 ** 20) * (Math.PI / 2), int(-4, 4)); break;
      case 4: x = expo(1023 - 60, 1023 + 60); break;
      case 5: x = int(-2e6, 2e6) / 1000; break;
      case 6: x = uniform(-750, 750); break;
      case 7: x = sign() * nudge(1, int(-(2 ** 21), 2 ** 21)); break;
      case 8: x = expo(0, 60); break;
      default: x = expo(1023 + 19, 2046); break;
    }
    unary(x);
  }

  for (const y of special) for (const x of special) atan2(y, x);
  for (let i = 0; i < N; i++) {
    let y, x;
    switch (i % 8) {
      case 0: y = raw(); x = raw(); break;
      case 1: y = uniform(-10, 10); x = uniform(-10, 10); break;
      case 2: y = expo(0, 2046); x = expo(0, 2046); break;
      case 3: { // |y/x| around 2^60 and 2^64, either way round
        const a = expo(1023 - 40, 1023 + 40), b = sign() * a * 2 ** int(55, 70) * uniform(0.5, 2);
        if (next() & 1) { y = b; x = a; } else { y = a; x = b; }
        break;
      }
      case 4: { const e = int(1023 - 300, 1023 + 300); y = expo(e, e); x = expo(e + int(-70, 70), e + int(-70, 70)); break; }
      case 5: if (next() & 1) { y = special[int(0, S - 1)]; x = expo(1023 - 30, 1023 + 30); }
              else { x = special[int(0, S - 1)]; y = expo(1023 - 30, 1023 + 30); } break;
      case 6: y = expo(1023 - 80, 1023 + 80); x = sign(); break;
      default: y = int(-2e6, 2e6) / 1000; x = int(-4000, 4000) / 1000; break;
    }
    atan2(y, x);
  }

  for (const x of special) for (const y of special) pow(x, y);
  for (let i = 0; i < N; i++) {
    let x, y;
    switch (i % 12) {
      case 0: x = raw(); y = raw(); break;
      case 1: x = uniform(0, 1000); y = int(-2000, 2000) / 1000; break;
      case 2: x = uniform(0, 100); y = uniform(-100, 100); break;
      case 3: x = int(-1e6, 1e6) / 1000; y = int(-64, 64); break;
      case 4: x = expo(1023 - 20, 1023 + 20); y = int(-80, 80) + 0.5; break;
      case 5: // |x - 1| below 2^-20 with |y| past 2^31, and around it
        x = sign() * nudge(1, int(-(2 ** 33), 2 ** 33));
        y = next() & 1 ? uniform(-(2 ** 40), 2 ** 40) : sign() * int(0, 2 ** 32);
        break;
      case 6: x = Math.abs(expo(0, 2046)); y = uniform(-3, 3); break;
      case 7: x = int(-100, 100); y = int(-40, 40); break;
      case 8: x = expo(1023 - 2, 1023 + 2); y = expo(1023 + 31, 1023 + 70); break;
      case 9: { // results near overflow and underflow
        const big = next() & 1;
        x = big ? uniform(1.0001, 10) : uniform(0.1, 0.9999);
        y = uniform(next() & 1 ? 1020 : -1080, next() & 1 ? 1030 : -1070) / Math.log2(x);
        if (next() & 1) { x = -x; y = Math.round(y); }
        break;
      }
      case 10: x = -Math.abs(expo(1023 - 10, 1023 + 10)); y = sign() * ((next() & 0xfffff) * 4294967296 + next()); break;
      default: x = next() & 7 ? expo(0, 2046) : special[int(0, S - 1)];
               y = [0.5, -0.5, 1, -1, 2, -2, 0.25, 3][int(0, 7)]; break;
    }
    pow(x, y);
  }
}
