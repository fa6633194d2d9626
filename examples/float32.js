// Single-precision maths through Math.fround, as a hand-tuned library of 2014
// would ship it: 4x4 matrix products, vector transforms and normalisation
// with sqrt, a particle simulation step with bounces, and polynomial
// evaluation by Horner's rule. Every float local is fround-rounded, every
// float lives in a Float32Array; checksums read the floats' bits back
// through an Int32Array over the same heap. No Math function whose result
// depends on a libm (sin, exp, ...) is used.
// `asm2wasm examples/float32.js -o float32.wasm`.
// heap: 1048576
// run: main(1000)
// run: main(0)
// run: main(1)
// run: main(7)
// run: main(-1)
// run: seed(42)
// run: randf()
// run: randf()
// run: mat4Identity(256)
// run: mat4Rand(320)
// run: mat4Mul(384, 256, 320)
// run: mat4Trace(384)
// run: mat4Trace(320)
// run: mat4Transpose(384)
// run: hashFloats(384, 16, 0)
// run: evalExp(0.5)
// run: evalExp(-1)
// run: evalExp(1e30)
// run: horner(1024, 10, 0.25)
// run: fillVecs(65536, 100)
// run: normalize(65536, 100)
// run: dotSum(65536, 100)
// run: spawn(262144, 50)
// run: step(262144, 50, 0.03125)
// run: step(262144, 50, 0.1)
// run: energy(262144, 50)
// run: quantize(262144, 400)
// run: main(2500)
// run: main(13000)
// bench: main(100000)
function M(stdlib, foreign, heap) {
  "use asm";

  var H32 = new stdlib.Int32Array(heap);
  var HF32 = new stdlib.Float32Array(heap);
  var fround = stdlib.Math.fround;
  var sqrt = stdlib.Math.sqrt;
  var abs = stdlib.Math.abs;
  var floor = stdlib.Math.floor;
  var max = stdlib.Math.max;
  var imul = stdlib.Math.imul;
  var log = foreign.log;

  // The memory map (byte offsets); never assigned. H32[0] is the state of
  // the random number generator.
  var MAT_A = 256, MAT_B = 320, MAT_C = 384;
  var COEF = 1024;      // polynomial coefficients, highest degree first
  var VECS = 65536;     // 0x10000: vec4s (x, y, z, w), 16 bytes each
  var MAXV = 12288;
  var PARTS = 262144;   // 0x40000: particles, 32 bytes each
  var MAXP = 16384;
  var OUT = 786432;     // 0xC0000: tabulated polynomial values
  var MAXOUT = 65536;

  // The physics, as float constants.
  var GRAVITY = fround(-9.8);
  var DRAG = fround(0.25);
  var RESTITUTION = fround(0.75);

  // ---- random numbers -----------------------------------------------------

  function seed(s) {
    s = s | 0;
    if ((s | 0) == 0) s = 1;
    H32[0] = s;
  }

  // xorshift32, its state in the heap.
  function nextInt() {
    var x = 0;
    x = H32[0] | 0;
    x = x ^ (x << 13);
    x = x ^ (x >>> 17);
    x = x ^ (x << 5);
    H32[0] = x;
    return x | 0;
  }

  // A float uniform on [-1, 1): the top 24 bits of the state scaled by 2^-23.
  function randf() {
    var x = 0;
    x = nextInt() | 0;
    return fround(fround(fround(x >>> 8) * fround(1.1920928955078125e-7)) - fround(1));
  }

  // ---- 4x4 matrices, row-major, 64 bytes ----------------------------------

  function mat4Identity(m) {
    m = m | 0;
    var i = 0;
    for (i = 0; (i | 0) < 16; i = (i + 1) | 0) {
      HF32[(m + (i << 2)) >> 2] = ((i | 0) % 5 | 0) == 0 ? fround(1) : fround(0);
    }
  }

  function mat4Rand(m) {
    m = m | 0;
    var i = 0;
    for (i = 0; (i | 0) < 64; i = (i + 4) | 0) HF32[(m + i) >> 2] = fround(randf());
  }

  // c = a * b. Each row of a is read into locals before the same row of c is
  // written, so c may be a (but not b).
  function mat4Mul(c, a, b) {
    c = c | 0;
    a = a | 0;
    b = b | 0;
    var i = 0, j = 0;
    var a0 = fround(0), a1 = fround(0), a2 = fround(0), a3 = fround(0);
    var s = fround(0), t = fround(0);
    for (i = 0; (i | 0) < 64; i = (i + 16) | 0) {
      a0 = fround(HF32[(a + i) >> 2]);
      a1 = fround(HF32[(a + i + 4) >> 2]);
      a2 = fround(HF32[(a + i + 8) >> 2]);
      a3 = fround(HF32[(a + i + 12) >> 2]);
      for (j = 0; (j | 0) < 16; j = (j + 4) | 0) {
        s = fround(fround(a0 * HF32[(b + j) >> 2]) + fround(a1 * HF32[(b + j + 16) >> 2]));
        t = fround(fround(a2 * HF32[(b + j + 32) >> 2]) + fround(a3 * HF32[(b + j + 48) >> 2]));
        HF32[(c + i + j) >> 2] = fround(s + t);
      }
    }
  }

  function mat4Transpose(m) {
    m = m | 0;
    var i = 0, j = 0, p = 0, q = 0, t = fround(0);
    for (i = 0; (i | 0) < 4; i = (i + 1) | 0) {
      for (j = (i + 1) | 0; (j | 0) < 4; j = (j + 1) | 0) {
        p = (m + (i << 4) + (j << 2)) | 0;
        q = (m + (j << 4) + (i << 2)) | 0;
        t = fround(HF32[p >> 2]);
        HF32[p >> 2] = HF32[q >> 2];
        HF32[q >> 2] = t;
      }
    }
  }

  function mat4Trace(m) {
    m = m | 0;
    return fround(fround(fround(HF32[m >> 2]) + fround(HF32[(m + 20) >> 2])) +
                  fround(fround(HF32[(m + 40) >> 2]) + fround(HF32[(m + 60) >> 2])));
  }

  // ---- vectors ------------------------------------------------------------

  // n random vec4s with w = 1.
  function fillVecs(p, n) {
    p = p | 0;
    n = n | 0;
    var end = 0;
    end = (p + (n << 4)) | 0;
    for (; (p | 0) < (end | 0); p = (p + 16) | 0) {
      HF32[p >> 2] = fround(randf());
      HF32[(p + 4) >> 2] = fround(randf());
      HF32[(p + 8) >> 2] = fround(randf());
      HF32[(p + 12) >> 2] = fround(1);
    }
  }

  // v = m * v for n vec4s at p.
  function transform(m, p, n) {
    m = m | 0;
    p = p | 0;
    n = n | 0;
    var end = 0, r = 0;
    var x = fround(0), y = fround(0), z = fround(0), w = fround(0);
    end = (p + (n << 4)) | 0;
    for (; (p | 0) < (end | 0); p = (p + 16) | 0) {
      x = fround(HF32[p >> 2]);
      y = fround(HF32[(p + 4) >> 2]);
      z = fround(HF32[(p + 8) >> 2]);
      w = fround(HF32[(p + 12) >> 2]);
      for (r = 0; (r | 0) < 64; r = (r + 16) | 0) {
        HF32[(p + (r >> 2)) >> 2] = fround(
          fround(fround(x * HF32[(m + r) >> 2]) + fround(y * HF32[(m + r + 4) >> 2])) +
          fround(fround(z * HF32[(m + r + 8) >> 2]) + fround(w * HF32[(m + r + 12) >> 2])));
      }
    }
  }

  // Scale the (x, y, z) of n vec4s to unit length and keep the old length in
  // w; zero vectors are left alone with w = 0. Returns how many were scaled.
  function normalize(p, n) {
    p = p | 0;
    n = n | 0;
    var end = 0, count = 0;
    var x = fround(0), y = fround(0), z = fround(0), len2 = fround(0), len = fround(0), inv = fround(0);
    end = (p + (n << 4)) | 0;
    for (; (p | 0) < (end | 0); p = (p + 16) | 0) {
      x = fround(HF32[p >> 2]);
      y = fround(HF32[(p + 4) >> 2]);
      z = fround(HF32[(p + 8) >> 2]);
      len2 = fround(fround(fround(x * x) + fround(y * y)) + fround(z * z));
      if (len2 > fround(0)) {
        len = fround(sqrt(len2));
        inv = fround(fround(1) / len);
        HF32[p >> 2] = fround(x * inv);
        HF32[(p + 4) >> 2] = fround(y * inv);
        HF32[(p + 8) >> 2] = fround(z * inv);
        HF32[(p + 12) >> 2] = len;
        count = (count + 1) | 0;
      } else {
        HF32[(p + 12) >> 2] = fround(0);
      }
    }
    return count | 0;
  }

  // The sum, in double, of the float dot products of consecutive vectors.
  function dotSum(p, n) {
    p = p | 0;
    n = n | 0;
    var end = 0, acc = 0.0, d = fround(0);
    if ((n | 0) < 2) return 0.0;
    end = (p + ((n - 1) << 4)) | 0;
    for (; (p | 0) < (end | 0); p = (p + 16) | 0) {
      d = fround(fround(fround(HF32[p >> 2]) * HF32[(p + 16) >> 2]) +
                 fround(fround(HF32[(p + 4) >> 2]) * HF32[(p + 20) >> 2]));
      d = fround(d + fround(fround(HF32[(p + 8) >> 2]) * HF32[(p + 24) >> 2]));
      acc = acc + +d;
    }
    return +acc;
  }

  // ---- particles: x y z vx vy vz mass (floats), age (int); 32 bytes -------

  function spawn(p, n) {
    p = p | 0;
    n = n | 0;
    var end = 0;
    end = (p + (n << 5)) | 0;
    for (; (p | 0) < (end | 0); p = (p + 32) | 0) {
      HF32[p >> 2] = fround(randf());
      HF32[(p + 4) >> 2] = fround(fround(randf()) + fround(1.5));
      HF32[(p + 8) >> 2] = fround(randf());
      HF32[(p + 12) >> 2] = fround(fround(randf()) * fround(0.5));
      HF32[(p + 16) >> 2] = fround(randf());
      HF32[(p + 20) >> 2] = fround(fround(randf()) * fround(0.5));
      HF32[(p + 24) >> 2] = fround(fround(abs(fround(randf()))) + fround(0.5));
      H32[(p + 28) >> 2] = 0;
    }
  }

  // One explicit Euler step of dt for n particles in the box |x|, |z| <= 1,
  // y >= 0, with drag and lossy bounces. Returns the number of bounces.
  function step(p, n, dt) {
    p = p | 0;
    n = n | 0;
    dt = fround(dt);
    var end = 0, bounces = 0;
    var x = fround(0), y = fround(0), z = fround(0), vx = fround(0), vy = fround(0), vz = fround(0);
    var drag = fround(0), gdt = fround(0);
    drag = fround(fround(1) - fround(DRAG * dt));
    gdt = fround(GRAVITY * dt);
    end = (p + (n << 5)) | 0;
    for (; (p | 0) < (end | 0); p = (p + 32) | 0) {
      x = fround(HF32[p >> 2]);
      y = fround(HF32[(p + 4) >> 2]);
      z = fround(HF32[(p + 8) >> 2]);
      vx = fround(fround(HF32[(p + 12) >> 2]) * drag);
      vy = fround(fround(fround(HF32[(p + 16) >> 2]) + gdt) * drag);
      vz = fround(fround(HF32[(p + 20) >> 2]) * drag);
      x = fround(x + fround(vx * dt));
      y = fround(y + fround(vy * dt));
      z = fround(z + fround(vz * dt));
      if (y < fround(0)) {
        y = fround(-y);
        vy = fround(fround(-vy) * RESTITUTION);
        bounces = (bounces + 1) | 0;
      }
      if (fround(abs(x)) > fround(1)) {
        x = x > fround(0) ? fround(fround(2) - x) : fround(fround(-2) - x);
        vx = fround(-vx);
        bounces = (bounces + 1) | 0;
      }
      if (fround(abs(z)) > fround(1)) {
        z = z > fround(0) ? fround(fround(2) - z) : fround(fround(-2) - z);
        vz = fround(-vz);
        bounces = (bounces + 1) | 0;
      }
      HF32[p >> 2] = x;
      HF32[(p + 4) >> 2] = y;
      HF32[(p + 8) >> 2] = z;
      HF32[(p + 12) >> 2] = vx;
      HF32[(p + 16) >> 2] = vy;
      HF32[(p + 20) >> 2] = vz;
      H32[(p + 28) >> 2] = ((H32[(p + 28) >> 2] | 0) + 1) | 0;
    }
    return bounces | 0;
  }

  // Kinetic plus potential energy of n particles, in double.
  function energy(p, n) {
    p = p | 0;
    n = n | 0;
    var end = 0, e = 0.0, m = 0.0, vx = 0.0, vy = 0.0, vz = 0.0;
    end = (p + (n << 5)) | 0;
    for (; (p | 0) < (end | 0); p = (p + 32) | 0) {
      m = +HF32[(p + 24) >> 2];
      vx = +HF32[(p + 12) >> 2];
      vy = +HF32[(p + 16) >> 2];
      vz = +HF32[(p + 20) >> 2];
      e = e + 0.5 * m * (vx * vx + vy * vy + vz * vz) + m * 9.8 * +HF32[(p + 4) >> 2];
    }
    return +e;
  }

  // Float -> int conversions over n floats: the sum of ~~(f * 1024) and of
  // floor(f), each wrapped to 32 bits.
  function quantize(p, n) {
    p = p | 0;
    n = n | 0;
    var end = 0, acc = 0, f = fround(0);
    end = (p + (n << 2)) | 0;
    for (; (p | 0) < (end | 0); p = (p + 4) | 0) {
      f = fround(HF32[p >> 2]);
      acc = (acc + ~~fround(f * fround(1024))) | 0;
      acc = (acc + ~~fround(floor(f))) | 0;
    }
    return acc | 0;
  }

  // ---- polynomials --------------------------------------------------------

  // The Taylor coefficients of exp up to degree deg, highest first.
  function expInit(coef, deg) {
    coef = coef | 0;
    deg = deg | 0;
    var i = 0, fact = 1.0;
    for (i = 0; (i | 0) <= (deg | 0); i = (i + 1) | 0) {
      if ((i | 0) > 1) fact = fact * +(i | 0);
      HF32[(coef + ((deg - i) << 2)) >> 2] = 1.0 / fact;
    }
  }

  function horner(coef, deg, x) {
    coef = coef | 0;
    deg = deg | 0;
    x = fround(x);
    var i = 0, r = fround(0);
    r = fround(HF32[coef >> 2]);
    for (i = 1; (i | 0) <= (deg | 0); i = (i + 1) | 0) {
      r = fround(fround(r * x) + HF32[(coef + (i << 2)) >> 2]);
    }
    return fround(r);
  }

  // exp(x) to degree 10, in float.
  function evalExp(x) {
    x = fround(x);
    expInit(COEF, 10);
    return fround(horner(COEF, 10, x));
  }

  // Tabulate the polynomial at n points evenly spaced on [-1, 1) into out,
  // and compare each with the same sum of powers in double: returns the
  // largest difference in units of 2^-30.
  function polyTable(coef, deg, out, n) {
    coef = coef | 0;
    deg = deg | 0;
    out = out | 0;
    n = n | 0;
    var i = 0, k = 0, x = fround(0), stepx = fround(0), r = fround(0);
    var d = 0.0, xp = 0.0, err = 0.0;
    if ((n | 0) < 1) return 0;
    stepx = fround(2.0 / +(n | 0));
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      x = fround(fround(fround(i | 0) * stepx) - fround(1));
      r = fround(horner(coef, deg, x));
      HF32[(out + (i << 2)) >> 2] = r;
      d = 0.0;
      xp = 1.0;
      for (k = deg; (k | 0) >= 0; k = (k - 1) | 0) {
        d = d + xp * +HF32[(coef + (k << 2)) >> 2];
        xp = xp * +x;
      }
      err = +max(err, +abs(d - +r));
    }
    return ~~(err * 1073741824.0);
  }

  // ---- checksums ----------------------------------------------------------

  // FNV-1a over the bits of n floats at p, continuing from h.
  function hashFloats(p, n, h) {
    p = p | 0;
    n = n | 0;
    h = h | 0;
    var end = 0;
    end = (p + (n << 2)) | 0;
    for (; (p | 0) < (end | 0); p = (p + 4) | 0) {
      h = imul(h ^ (H32[p >> 2] | 0), 16777619) | 0;
    }
    return h | 0;
  }

  // The whole suite on size n seeded by n: n matrix products, then
  // min(n, MAXV) vectors, particles and polynomial points.
  function main(n) {
    n = n | 0;
    var i = 0, h = -2128831035, k = 0, bounces = 0, np = 0, err = 0, rounds = 0;
    var tr = fround(0), d = 0.0, e = 0.0;
    if ((n | 0) < 0) n = 0;
    rounds = n;
    if ((n | 0) > (MAXV | 0)) n = MAXV;
    seed(n ^ 1540483477);
    // Matrices: random products, the second one in place (c = c * a).
    for (i = 0; (i | 0) < (rounds | 0); i = (i + 1) | 0) {
      mat4Rand(MAT_A);
      mat4Rand(MAT_B);
      mat4Mul(MAT_C, MAT_A, MAT_B);
      mat4Mul(MAT_C, MAT_C, MAT_A);
      if ((i & 7) == 0) mat4Transpose(MAT_C);
      tr = fround(tr + fround(mat4Trace(MAT_C)));
      h = hashFloats(MAT_C, 16, h) | 0;
    }
    log(+tr);
    // Vectors: n random points through a random matrix, then normalised.
    fillVecs(VECS, n);
    mat4Rand(MAT_A);
    transform(MAT_A, VECS, n);
    k = normalize(VECS, n) | 0;
    d = +dotSum(VECS, n);
    h = hashFloats(VECS, n << 2, h) | 0;
    // Particles: n of them (at most MAXP), 32 steps of 1/64.
    np = n;
    if ((np | 0) > (MAXP | 0)) np = MAXP;
    spawn(PARTS, np);
    for (i = 0; (i | 0) < 32; i = (i + 1) | 0) {
      bounces = (bounces + (step(PARTS, np, fround(0.015625)) | 0)) | 0;
    }
    e = +energy(PARTS, np);
    log(bounces | 0, +e);
    h = hashFloats(PARTS, np << 3, h) | 0;
    h = (h + (quantize(PARTS, np << 3) | 0)) | 0;
    // Polynomials: exp to degree 10 at 4n points.
    expInit(COEF, 10);
    err = polyTable(COEF, 10, OUT, n << 2) | 0;
    h = hashFloats(OUT, n << 2, h) | 0;
    h = (h ^ imul(k, 31)) | 0;
    h = (h + imul(bounces, 1009) + err) | 0;
    h = (h ^ ~~(d * 1024.0) ^ ~~(e * 64.0) ^ ~~fround(tr * fround(4096))) | 0;
    log(h | 0);
    return h | 0;
  }

  return {
    main: main,
    seed: seed,
    randf: randf,
    mat4Identity: mat4Identity,
    mat4Rand: mat4Rand,
    mat4Mul: mat4Mul,
    mat4Transpose: mat4Transpose,
    mat4Trace: mat4Trace,
    fillVecs: fillVecs,
    transform: transform,
    normalize: normalize,
    dotSum: dotSum,
    spawn: spawn,
    step: step,
    energy: energy,
    quantize: quantize,
    horner: horner,
    evalExp: evalExp,
    polyTable: polyTable,
    hashFloats: hashFloats
  };
}
if (typeof module !== "undefined") module.exports = M;
