// a sorting library: quicksort, heapsort, bottom-up mergesort and insertion sort of index arrays through a table of eight comparators (ints, unsigned, doubles and floats with NaN and -0, byte records)
// heap: 262144
// run: fill(2000, 1)
// run: sort(0, 0)
// run: sort(1, 0)
// run: sort(2, 0)
// run: stableHash()
// run: sort(3, 7)
// run: stableHash()
// run: sort(2, 7)
// run: stableHash()
// run: sort(0, 3)
// run: sort(1, 3)
// run: sort(2, 3)
// run: medianDouble()
// run: sort(1, 4)
// run: sort(0, 2)
// run: sort(1, 1)
// run: sort(2, 6)
// run: sort(0, 5)
// run: inversions()
// run: fill(0, 3)
// run: sort(0, 0)
// run: medianDouble()
// run: fill(-5, 3)
// run: fill(3, 4)
// run: sort(0, 3)
function M(stdlib, foreign, heap) {
  "use asm";

  var U8 = new stdlib.Uint8Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var F32 = new stdlib.Float32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  var imul = stdlib.Math.imul;
  var fround = stdlib.Math.fround;
  var unsorted = foreign.unsorted;

  // The memory map (byte offsets); element i of each key array belongs to
  // record i, and the sorts permute the indices in IDX.
  var INTS = 0;            // int32 keys
  var DBLS = 16384;        // double keys, with NaN, -0, infinities, subnormals
  var FLTS = 49152;        // float32 keys
  var RECS = 65536;        // 8-byte records, compared as bytes
  var IDX = 98304;         // the index array being sorted
  var TMP = 114688;        // mergesort's buffer
  var BITS = 147456;       // 8 bytes to read a double's bits
  var MAX_N = 4096;

  var n = 0;
  var seed = 1;
  var inv = 0;

  function rnd() {
    seed = (imul(seed, 1664525) + 1013904223) | 0;
    return seed | 0;
  }

  // ---- the comparators: (record a, record b) -> -1, 0, 1 ----------------------------------

  function cmpInt(a, b) {
    a = a | 0;
    b = b | 0;
    var x = 0, y = 0;
    x = H32[(INTS + (a << 2)) >> 2] | 0;
    y = H32[(INTS + (b << 2)) >> 2] | 0;
    return (((x | 0) > (y | 0)) - ((x | 0) < (y | 0))) | 0;
  }
  function cmpIntDesc(a, b) {
    a = a | 0;
    b = b | 0;
    return cmpInt(b, a) | 0;
  }
  function cmpUnsigned(a, b) {
    a = a | 0;
    b = b | 0;
    var x = 0, y = 0;
    x = H32[(INTS + (a << 2)) >> 2] | 0;
    y = H32[(INTS + (b << 2)) >> 2] | 0;
    return (((x >>> 0) > (y >>> 0)) - ((x >>> 0) < (y >>> 0))) | 0;
  }
  // A total order: -Infinity < ... < -0 < +0 < ... < Infinity < NaN.
  function cmpDouble(a, b) {
    a = a | 0;
    b = b | 0;
    var x = 0.0, y = 0.0, sx = 0, sy = 0;
    x = +F64[(DBLS + (a << 3)) >> 3];
    y = +F64[(DBLS + (b << 3)) >> 3];
    if (x != x) return (y != y ? 0 : 1) | 0;
    if (y != y) return -1;
    if (x < y) return -1;
    if (x > y) return 1;
    if (x == 0.0) {
      sx = 1.0 / x < 0.0;
      sy = 1.0 / y < 0.0;
      return (sy - sx) | 0;
    }
    return 0;
  }
  function cmpFloat(a, b) {
    a = a | 0;
    b = b | 0;
    var x = fround(0), y = fround(0);
    x = fround(F32[(FLTS + (a << 2)) >> 2]);
    y = fround(F32[(FLTS + (b << 2)) >> 2]);
    if (x != x) return (y != y ? 0 : 1) | 0;
    if (y != y) return -1;
    return ((x > y) - (x < y)) | 0;
  }
  // By magnitude; -2^31 has none that fits, so it goes last.
  function cmpAbs(a, b) {
    a = a | 0;
    b = b | 0;
    var x = 0, y = 0;
    x = H32[(INTS + (a << 2)) >> 2] | 0;
    y = H32[(INTS + (b << 2)) >> 2] | 0;
    if ((x | 0) < 0) x = (-x) | 0;
    if ((y | 0) < 0) y = (-y) | 0;
    return (((x >>> 0) > (y >>> 0)) - ((x >>> 0) < (y >>> 0))) | 0;
  }
  function cmpRecord(a, b) {
    a = a | 0;
    b = b | 0;
    var i = 0, x = 0, y = 0;
    for (i = 0; (i | 0) < 8; i = (i + 1) | 0) {
      x = U8[(RECS + (a << 3) + i) | 0] | 0;
      y = U8[(RECS + (b << 3) + i) | 0] | 0;
      if ((x | 0) != (y | 0)) return ((x | 0) < (y | 0) ? -1 : 1) | 0;
    }
    return 0;
  }
  // By the low byte only: many ties, to tell stable sorts from others.
  function cmpLowByte(a, b) {
    a = a | 0;
    b = b | 0;
    var x = 0, y = 0;
    x = H32[(INTS + (a << 2)) >> 2] & 255;
    y = H32[(INTS + (b << 2)) >> 2] & 255;
    return (((x | 0) > (y | 0)) - ((x | 0) < (y | 0))) | 0;
  }

  function cmp(c, a, b) {
    c = c | 0;
    a = a | 0;
    b = b | 0;
    return comparators[c & 7](H32[(IDX + (a << 2)) >> 2] | 0, H32[(IDX + (b << 2)) >> 2] | 0) | 0;
  }

  function swap(i, j) {
    i = i | 0;
    j = j | 0;
    var t = 0;
    t = H32[(IDX + (i << 2)) >> 2] | 0;
    H32[(IDX + (i << 2)) >> 2] = H32[(IDX + (j << 2)) >> 2];
    H32[(IDX + (j << 2)) >> 2] = t;
  }

  // ---- the algorithms ----------------------------------------------------------------------

  function insertion(lo, hi, c) {
    lo = lo | 0;
    hi = hi | 0;
    c = c | 0;
    var i = 0, j = 0;
    for (i = (lo + 1) | 0; (i | 0) <= (hi | 0); i = (i + 1) | 0) {
      for (j = i; (j | 0) > (lo | 0); j = (j - 1) | 0) {
        if ((cmp(c, (j - 1) | 0, j) | 0) <= 0) break;
        swap((j - 1) | 0, j);
      }
    }
  }

  // Median-of-three quicksort, recursing on the smaller side, with
  // insertion sort below 12 elements.
  function quick(lo, hi, c) {
    lo = lo | 0;
    hi = hi | 0;
    c = c | 0;
    var mid = 0, i = 0, j = 0, p = 0;
    while (((hi - lo) | 0) >= 12) {
      mid = (lo + ((hi - lo) >> 1)) | 0;
      if ((cmp(c, mid, lo) | 0) < 0) swap(mid, lo);
      if ((cmp(c, hi, lo) | 0) < 0) swap(hi, lo);
      if ((cmp(c, hi, mid) | 0) < 0) swap(hi, mid);
      // The pivot goes to hi - 1; lo and hi are already on their sides.
      swap(mid, (hi - 1) | 0);
      p = (hi - 1) | 0;
      i = lo;
      j = p;
      while (1) {
        do i = (i + 1) | 0; while ((cmp(c, i, p) | 0) < 0);
        do j = (j - 1) | 0; while ((cmp(c, j, p) | 0) > 0);
        if ((i | 0) >= (j | 0)) break;
        swap(i, j);
      }
      swap(i, p);
      if (((i - lo) | 0) < ((hi - i) | 0)) {
        quick(lo, (i - 1) | 0, c);
        lo = (i + 1) | 0;
      } else {
        quick((i + 1) | 0, hi, c);
        hi = (i - 1) | 0;
      }
    }
    insertion(lo, hi, c);
  }

  function siftDown(root, size, c) {
    root = root | 0;
    size = size | 0;
    c = c | 0;
    var child = 0;
    while (1) {
      child = ((root << 1) + 1) | 0;
      if ((child | 0) >= (size | 0)) break;
      if ((((child + 1) | 0) < (size | 0)) & ((cmp(c, child, (child + 1) | 0) | 0) < 0)) child = (child + 1) | 0;
      if ((cmp(c, root, child) | 0) >= 0) break;
      swap(root, child);
      root = child;
    }
  }

  function heapsort(c) {
    c = c | 0;
    var i = 0;
    for (i = ((n >> 1) - 1) | 0; (i | 0) >= 0; i = (i - 1) | 0) siftDown(i, n, c);
    for (i = (n - 1) | 0; (i | 0) > 0; i = (i - 1) | 0) {
      swap(0, i);
      siftDown(0, i, c);
    }
  }

  // Bottom-up and stable; counts the inversions it undoes in `inv`.
  function mergesort(c) {
    c = c | 0;
    var width = 0, lo = 0, mid = 0, hi = 0, i = 0, j = 0, k = 0;
    inv = 0;
    for (width = 1; (width | 0) < (n | 0); width = width << 1) {
      for (lo = 0; (lo | 0) < (n | 0); lo = (lo + (width << 1)) | 0) {
        mid = (lo + width) | 0;
        if ((mid | 0) >= (n | 0)) break;
        hi = (mid + width) | 0;
        if ((hi | 0) > (n | 0)) hi = n;
        i = lo;
        j = mid;
        k = lo;
        while (((i | 0) < (mid | 0)) | ((j | 0) < (hi | 0))) {
          if (((j | 0) >= (hi | 0)) | (((i | 0) < (mid | 0)) & ((cmp(c, i, j) | 0) <= 0))) {
            H32[(TMP + (k << 2)) >> 2] = H32[(IDX + (i << 2)) >> 2];
            i = (i + 1) | 0;
          } else {
            H32[(TMP + (k << 2)) >> 2] = H32[(IDX + (j << 2)) >> 2];
            inv = (inv + mid - i) | 0;
            j = (j + 1) | 0;
          }
          k = (k + 1) | 0;
        }
        for (k = lo; (k | 0) < (hi | 0); k = (k + 1) | 0) {
          H32[(IDX + (k << 2)) >> 2] = H32[(TMP + (k << 2)) >> 2];
        }
      }
    }
  }

  // ---- the data and the checks -----------------------------------------------------------

  function fill(count, s) {
    count = count | 0;
    s = s | 0;
    var i = 0, k = 0, r = 0;
    var d = 0.0;
    if ((count | 0) < 0) count = 0;
    if ((count | 0) > (MAX_N | 0)) count = MAX_N;
    n = count;
    seed = s;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      r = rnd() | 0;
      k = ((rnd() | 0) >>> 28) | 0;
      // ints: mostly wide, some extremes and small repeats
      if ((k | 0) == 0) H32[(INTS + (i << 2)) >> 2] = -2147483648;
      else if ((k | 0) == 1) H32[(INTS + (i << 2)) >> 2] = 2147483647;
      else if ((k | 0) < 5) H32[(INTS + (i << 2)) >> 2] = (r >> 24) | 0;
      else H32[(INTS + (i << 2)) >> 2] = r;
      // doubles
      switch (k | 0) {
        case 0: d = 0.0; break;
        case 1: d = -0.0; break;
        case 2: d = 0.0; break;
        case 3: d = 1.0 / 0.0; break;
        case 4: d = -1.0 / 0.0; break;
        case 5: d = 5.0e-324 * +(r & 15); break;
        case 6: d = +(r | 0) * 1.0e300; break;
        default: d = +(r | 0) / 65536.0;
      }
      F64[(DBLS + (i << 3)) >> 3] = d;
      F32[(FLTS + (i << 2)) >> 2] = (k | 0) == 7 ? d * 1.0e-40 : d;
      if ((k | 0) == 0) {
        // A quiet NaN, written as bits: the sign of a NaN that arithmetic
        // makes varies by engine and machine, the bits stored here do not.
        H32[(DBLS + (i << 3)) >> 2] = 0;
        H32[(DBLS + (i << 3) + 4) >> 2] = 0x7ff80000;
        H32[(FLTS + (i << 2)) >> 2] = 0x7fc00000;
      }
      for (k = 0; (k | 0) < 8; k = (k + 1) | 0) U8[(RECS + (i << 3) + k) | 0] = (((rnd() | 0) >>> 29) + 97) | 0;
    }
    return n | 0;
  }

  // The bits of the key comparator c looks at, for record r.
  function keyBits(c, r) {
    c = c | 0;
    r = r | 0;
    switch (c & 7) {
      case 3:
        F64[BITS >> 3] = +F64[(DBLS + (r << 3)) >> 3];
        return (H32[BITS >> 2] ^ H32[(BITS + 4) >> 2]) | 0;
      case 4:
        return H32[(FLTS + (r << 2)) >> 2] | 0;
      case 6:
        return (H32[(RECS + (r << 3)) >> 2] ^ (H32[(RECS + (r << 3) + 4) >> 2] << 1)) | 0;
      default:
        return H32[(INTS + (r << 2)) >> 2] | 0;
    }
    return 0;
  }

  // Sort with algorithm alg (0 quick, 1 heap, 2 merge, 3 insertion) and
  // comparator c; the hash of the sorted keys, or -1 if out of order.
  function sort(alg, c) {
    alg = alg | 0;
    c = c | 0;
    var i = 0, h = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) H32[(IDX + (i << 2)) >> 2] = i;
    switch (alg & 3) {
      case 0: quick(0, (n - 1) | 0, c); break;
      case 1: heapsort(c); break;
      case 2: mergesort(c); break;
      default: insertion(0, (n - 1) | 0, c);
    }
    h = -2128831035;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      if ((i | 0) > 0) {
        if ((cmp(c, (i - 1) | 0, i) | 0) > 0) {
          unsorted(alg | 0, c | 0, i | 0);
          return -1;
        }
      }
      h = imul(h ^ (keyBits(c, H32[(IDX + (i << 2)) >> 2] | 0) | 0), 16777619) | 0;
    }
    return h | 0;
  }

  // The hash of the index order (equal for two stable sorts).
  function stableHash() {
    var i = 0, h = 0;
    h = -2128831035;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) h = imul(h ^ (H32[(IDX + (i << 2)) >> 2] | 0), 16777619) | 0;
    return h | 0;
  }

  // After sorting doubles: the median of the numbers, NaNs left out
  // (-Infinity when there are none).
  function medianDouble() {
    var i = 0, m = 0;
    m = n;
    while ((m | 0) > 0) {
      i = H32[(IDX + ((m - 1) << 2)) >> 2] | 0;
      if (+F64[(DBLS + (i << 3)) >> 3] == +F64[(DBLS + (i << 3)) >> 3]) break;
      m = (m - 1) | 0;
    }
    if (!m) return -1.0 / 0.0;
    i = H32[(IDX + ((m >> 1) << 2)) >> 2] | 0;
    return +F64[(DBLS + (i << 3)) >> 3];
  }

  // Inversions of the int keys (signed order), counted by mergesort.
  function inversions() {
    sort(2, 0) | 0;
    return inv | 0;
  }

  var comparators = [cmpInt, cmpIntDesc, cmpUnsigned, cmpDouble, cmpFloat, cmpAbs, cmpRecord, cmpLowByte];

  return { fill: fill, sort: sort, stableHash: stableHash, medianDouble: medianDouble, inversions: inversions };
}
