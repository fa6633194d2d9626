// double-precision LU decomposition with partial pivoting: determinants, linear solves and inverses of generated matrices, checked by residuals
// heap: 131072
// run: det(0, 4)
// run: det(1, 5)
// run: det(2, 30)
// run: det(3, 6)
// run: det(0, 0)
// run: det(0, -3)
// run: det(0, 100)
// run: residual(0, 20)
// run: residual(1, 8)
// run: solveError(2, 32)
// run: solveError(0, 12)
// run: cond(1, 6)
// run: cond(3, 5)
// run: residual(3, 4)
function M(stdlib, foreign, heap) {
  "use asm";

  var F64 = new stdlib.Float64Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var abs = stdlib.Math.abs;
  var sqrt = stdlib.Math.sqrt;
  var imul = stdlib.Math.imul;
  var singular = foreign.singular;

  // The memory map (byte offsets); matrices are row-major, N_MAX x N_MAX.
  var A = 0;            // the matrix
  var LU = 8192;        // its factors, L below the diagonal (unit), U on and above
  var INV = 16384;      // the inverse
  var PERM = 24576;     // row i of LU is row PERM[i] of A
  var X = 25600;        // a solution vector
  var B = 26112;        // a right-hand side
  var Y = 26624;        // scratch
  var N_MAX = 32;

  var n = 0;
  var seed = 1;
  var permSign = 1;

  function at(base, i, j) {
    base = base | 0;
    i = i | 0;
    j = j | 0;
    return (base + ((imul(i, N_MAX) + j) << 3)) | 0;
  }

  function uniform() {
    seed = (imul(seed, 1664525) + 1013904223) | 0;
    return +(seed >>> 0) / 4294967296.0 * 2.0 - 1.0;
  }

  // The generators, one per kind.
  function genRandom(i, j) {
    i = i | 0;
    j = j | 0;
    return +uniform();
  }
  function genHilbert(i, j) {
    i = i | 0;
    j = j | 0;
    return 1.0 / +((i + j + 1) | 0);
  }
  function genTridiagonal(i, j) {
    i = i | 0;
    j = j | 0;
    if ((i | 0) == (j | 0)) return 4.0;
    if ((((i - j) | 0) == 1) | (((j - i) | 0) == 1)) return -1.0;
    return 0.0;
  }
  // Column 1 is zero, so elimination meets an exact zero pivot at step 1.
  function genSingular(i, j) {
    i = i | 0;
    j = j | 0;
    if ((j | 0) == 1) return 0.0;
    if ((i | 0) == (j | 0)) return 12.0;
    return +(((imul(i, 7) + imul(j, 3)) | 0) % 11 | 0);
  }

  function clamp(k) {
    k = k | 0;
    if ((k | 0) < 0) return 0;
    if ((k | 0) > (N_MAX | 0)) return N_MAX | 0;
    return k | 0;
  }

  function generate(kind, size) {
    kind = kind | 0;
    size = size | 0;
    var i = 0, j = 0;
    n = clamp(size) | 0;
    seed = (kind + 1) | 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      for (j = 0; (j | 0) < (n | 0); j = (j + 1) | 0) {
        F64[(at(A, i, j) | 0) >> 3] = +gens[kind & 3](i, j);
      }
    }
  }

  // Factor A into LU with row pivoting. Returns 0 when a pivot is zero
  // (the foreign `singular` hears at which step), else 1.
  function factor() {
    var i = 0, j = 0, k = 0, p = 0, t = 0;
    var big = 0.0, v = 0.0, piv = 0.0, f = 0.0;
    permSign = 1;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      H32[(PERM + (i << 2)) >> 2] = i;
      for (j = 0; (j | 0) < (n | 0); j = (j + 1) | 0) {
        F64[(at(LU, i, j) | 0) >> 3] = +F64[(at(A, i, j) | 0) >> 3];
      }
    }
    for (k = 0; (k | 0) < (n | 0); k = (k + 1) | 0) {
      p = k;
      big = 0.0;
      for (i = k; (i | 0) < (n | 0); i = (i + 1) | 0) {
        v = +abs(+F64[(at(LU, i, k) | 0) >> 3]);
        if (v > big) {
          big = v;
          p = i;
        }
      }
      if (big == 0.0) {
        singular(k | 0);
        return 0;
      }
      if ((p | 0) != (k | 0)) {
        for (j = 0; (j | 0) < (n | 0); j = (j + 1) | 0) {
          v = +F64[(at(LU, k, j) | 0) >> 3];
          F64[(at(LU, k, j) | 0) >> 3] = +F64[(at(LU, p, j) | 0) >> 3];
          F64[(at(LU, p, j) | 0) >> 3] = v;
        }
        t = H32[(PERM + (k << 2)) >> 2] | 0;
        H32[(PERM + (k << 2)) >> 2] = H32[(PERM + (p << 2)) >> 2];
        H32[(PERM + (p << 2)) >> 2] = t;
        permSign = (-permSign) | 0;
      }
      piv = +F64[(at(LU, k, k) | 0) >> 3];
      for (i = (k + 1) | 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
        f = +F64[(at(LU, i, k) | 0) >> 3] / piv;
        F64[(at(LU, i, k) | 0) >> 3] = f;
        for (j = (k + 1) | 0; (j | 0) < (n | 0); j = (j + 1) | 0) {
          F64[(at(LU, i, j) | 0) >> 3] = +F64[(at(LU, i, j) | 0) >> 3] - f * +F64[(at(LU, k, j) | 0) >> 3];
        }
      }
    }
    return 1;
  }

  // Solve A x = B into X with the factors.
  function solve() {
    var i = 0, j = 0, s = 0.0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      s = +F64[(B + (H32[(PERM + (i << 2)) >> 2] << 3)) >> 3];
      for (j = 0; (j | 0) < (i | 0); j = (j + 1) | 0) {
        s = s - +F64[(at(LU, i, j) | 0) >> 3] * +F64[(Y + (j << 3)) >> 3];
      }
      F64[(Y + (i << 3)) >> 3] = s;
    }
    for (i = (n - 1) | 0; (i | 0) >= 0; i = (i - 1) | 0) {
      s = +F64[(Y + (i << 3)) >> 3];
      for (j = (i + 1) | 0; (j | 0) < (n | 0); j = (j + 1) | 0) {
        s = s - +F64[(at(LU, i, j) | 0) >> 3] * +F64[(X + (j << 3)) >> 3];
      }
      F64[(X + (i << 3)) >> 3] = s / +F64[(at(LU, i, i) | 0) >> 3];
    }
  }

  function invert() {
    var i = 0, j = 0;
    for (j = 0; (j | 0) < (n | 0); j = (j + 1) | 0) {
      for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) F64[(B + (i << 3)) >> 3] = (i | 0) == (j | 0) ? 1.0 : 0.0;
      solve();
      for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
        F64[(at(INV, i, j) | 0) >> 3] = +F64[(X + (i << 3)) >> 3];
      }
    }
  }

  function frobenius(base) {
    base = base | 0;
    var i = 0, j = 0, s = 0.0, v = 0.0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      for (j = 0; (j | 0) < (n | 0); j = (j + 1) | 0) {
        v = +F64[(at(base, i, j) | 0) >> 3];
        s = s + v * v;
      }
    }
    return +sqrt(s);
  }

  // ---- the exports ---------------------------------------------------------

  // The determinant of matrix `kind` of size k (0 when singular).
  function det(kind, k) {
    kind = kind | 0;
    k = k | 0;
    var i = 0, d = 1.0;
    generate(kind, k);
    if (!(factor() | 0)) return 0.0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) d = d * +F64[(at(LU, i, i) | 0) >> 3];
    return +(+(permSign | 0) * d);
  }

  // max |A * inv(A) - I|, or -1 for a singular matrix.
  function residual(kind, k) {
    kind = kind | 0;
    k = k | 0;
    var i = 0, j = 0, m = 0, s = 0.0, worst = 0.0;
    generate(kind, k);
    if (!(factor() | 0)) return -1.0;
    invert();
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      for (j = 0; (j | 0) < (n | 0); j = (j + 1) | 0) {
        s = (i | 0) == (j | 0) ? -1.0 : 0.0;
        for (m = 0; (m | 0) < (n | 0); m = (m + 1) | 0) {
          s = s + +F64[(at(A, i, m) | 0) >> 3] * +F64[(at(INV, m, j) | 0) >> 3];
        }
        s = +abs(s);
        if (s > worst) worst = s;
      }
    }
    return +worst;
  }

  // Solve for b = A (1, 2, ..., k); the largest error in x, or -1.
  function solveError(kind, k) {
    kind = kind | 0;
    k = k | 0;
    var i = 0, j = 0, s = 0.0, worst = 0.0, e = 0.0;
    generate(kind, k);
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      s = 0.0;
      for (j = 0; (j | 0) < (n | 0); j = (j + 1) | 0) {
        s = s + +F64[(at(A, i, j) | 0) >> 3] * +((j + 1) | 0);
      }
      F64[(B + (i << 3)) >> 3] = s;
    }
    if (!(factor() | 0)) return -1.0;
    solve();
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      e = +abs(+F64[(X + (i << 3)) >> 3] - +((i + 1) | 0));
      if (e > worst) worst = e;
    }
    return +worst;
  }

  // The Frobenius condition number |A| |inv(A)|, or Infinity when singular.
  function cond(kind, k) {
    kind = kind | 0;
    k = k | 0;
    generate(kind, k);
    if (!(factor() | 0)) return 1.0 / 0.0;
    invert();
    return +(+frobenius(A) * +frobenius(INV));
  }

  var gens = [genRandom, genHilbert, genTridiagonal, genSingular];

  return { det: det, residual: residual, solveError: solveError, cond: cond };
}
