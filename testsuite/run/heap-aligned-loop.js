// loops whose pointers are tested aligned once: steps and copies by multiples of the size, misaligned and negative starts, nested loops, a pointer set to an unaligned value inside the loop
// run: init(0, 512)
// run: scan(0, 60, 100)
// run: scan(2, 60, 100)
// run: scan(65532, 60, 3)
// run: scan(-8, 60, 100)
// run: partition(64, 188)
// run: sum(64, 188)
// run: partition(130, 250)
// run: sum(128, 252)
// run: partition(65500, 65532)
// run: insertion(300, 400)
// run: sorted(300, 400)
// run: insertion(401, 501)
// run: sorted(400, 500)
// run: copy(0, 1024, 64)
// run: copy(1, 2049, 64)
// run: copy(65500, 2000, 16)
// run: copy(-12, 3000, 8)
// run: halves(6, 40)
// run: halves(7, 40)
// run: halves(65530, 8)
// run: doubles(8, 20)
// run: doubles(12, 20)
// run: doubles(65520, 4)
// run: wanders(16, 12)
// run: wanders(17, 12)
// run: nested(32, 6, 5)
// run: nested(34, 6, 5)
// run: labelled(40, 30)
// run: labelled(42, 30)
// run: sum(0, 1020)
function M(stdlib, foreign, heap) {
  "use asm";
  var I16 = new stdlib.Int16Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  var imul = stdlib.Math.imul;
  var trace = foreign.trace;

  // n words from byte p on, a scrambled pattern.
  function init(p, n) {
    p = p | 0;
    n = n | 0;
    var x = 12345;
    while ((n | 0) > 0) {
      x = (imul(x, 1103515245) + 12345) | 0;
      I32[p >> 2] = x >> 8;
      p = (p + 4) | 0;
      n = (n - 1) | 0;
    }
  }

  // The first word at or after p that is at least v, at most n words on.
  function scan(p, n, v) {
    p = p | 0;
    n = n | 0;
    v = v | 0;
    var i = 0;
    i = (p - 4) | 0;
    do {
      i = (i + 4) | 0;
      n = (n - 1) | 0;
    } while (((I32[i >> 2] | 0) < (v | 0)) & ((n | 0) > 0));
    return ((i - p) | 0) >> 2;
  }

  // Hoare's partition of the words lo .. hi around the word at lo, as a
  // quicksort does it: two scans and swaps.
  function partition(lo, hi) {
    lo = lo | 0;
    hi = hi | 0;
    var i = 0, j = 0, p = 0, t = 0;
    p = I32[lo >> 2] | 0;
    i = (lo - 4) | 0;
    j = (hi + 4) | 0;
    while (1) {
      do {
        i = (i + 4) | 0;
      } while (((I32[i >> 2] | 0) < (p | 0)) & ((i | 0) < (hi | 0)));
      do {
        j = (j - 4) | 0;
      } while (((I32[j >> 2] | 0) > (p | 0)) & ((j | 0) > (lo | 0)));
      if ((i | 0) >= (j | 0)) break;
      t = I32[i >> 2] | 0;
      I32[i >> 2] = I32[j >> 2];
      I32[j >> 2] = t;
    }
    trace(i | 0, j | 0);
    return j | 0;
  }

  function sum(lo, hi) {
    lo = lo | 0;
    hi = hi | 0;
    var s = 0;
    for (; (lo | 0) <= (hi | 0); lo = (lo + 4) | 0) s = (imul(s, 31) + (I32[lo >> 2] | 0)) | 0;
    return s | 0;
  }

  // Straight insertion sort of the words lo .. hi: j is a copy of i.
  function insertion(lo, hi) {
    lo = lo | 0;
    hi = hi | 0;
    var i = 0, j = 0, v = 0, w = 0;
    for (i = (lo + 4) | 0; (i | 0) <= (hi | 0); i = (i + 4) | 0) {
      v = I32[i >> 2] | 0;
      j = (i - 4) | 0;
      while ((j | 0) >= (lo | 0)) {
        w = I32[j >> 2] | 0;
        if ((w | 0) <= (v | 0)) break;
        I32[(j + 4) >> 2] = w;
        j = (j - 4) | 0;
      }
      I32[(j + 4) >> 2] = v;
    }
  }

  function sorted(lo, hi) {
    lo = lo | 0;
    hi = hi | 0;
    var ok = 1;
    for (; (lo | 0) < (hi | 0); lo = (lo + 4) | 0) {
      if ((I32[lo >> 2] | 0) > (I32[(lo + 4) >> 2] | 0)) ok = 0;
    }
    return ok | 0;
  }

  // n words from src to dst, from the last down, then their sum.
  function copy(src, dst, n) {
    src = src | 0;
    dst = dst | 0;
    n = n | 0;
    var k = 0, s = 0;
    k = (n - 1) << 2;
    while ((k | 0) >= 0) {
      I32[(dst + k) >> 2] = I32[(src + k) >> 2];
      k = (k - 4) | 0;
    }
    for (k = 0; (k | 0) < (n << 2); k = (k + 4) | 0) s = (s + (I32[(dst + k) >> 2] | 0)) | 0;
    return s | 0;
  }

  // Halfwords stepped by 2: an odd start is misaligned for them.
  function halves(p, n) {
    p = p | 0;
    n = n | 0;
    var q = 0, s = 0;
    q = p;
    while ((n | 0) > 0) {
      I16[q >> 1] = (n * 3) | 0;
      s = (s + (I16[(q - 2) >> 1] | 0)) | 0;
      q = (q + 2) | 0;
      n = (n - 1) | 0;
    }
    return s | 0;
  }

  // Doubles stepped by 8 (aligned when the start is), and read at q + 4
  // stepped the same way (never aligned for doubles).
  function doubles(p, n) {
    p = p | 0;
    n = n | 0;
    var q = 0, r = 0, s = 0.0;
    q = p;
    r = (p + 4) | 0;
    while ((n | 0) > 0) {
      F64[q >> 3] = +(n | 0) * 0.75;
      s = s + +F64[r >> 3];
      q = (q + 8) | 0;
      r = (r + 8) | 0;
      n = (n - 1) | 0;
    }
    return +s;
  }

  // A pointer the loop sets to a value of any alignment: it keeps its mask.
  function wanders(p, n) {
    p = p | 0;
    n = n | 0;
    var s = 0, q = 0;
    q = p;
    while ((n | 0) > 0) {
      s = (s + (I32[q >> 2] | 0)) | 0;
      q = (q + 4) | 0;
      if (((n | 0) % 5 | 0) == 0) q = (q + 1) | 0;
      n = (n - 1) | 0;
    }
    return s | 0;
  }

  // Rows of a matrix: the inner loop steps a pointer the outer one set.
  function nested(p, rows, cols) {
    p = p | 0;
    rows = rows | 0;
    cols = cols | 0;
    var r = 0, c = 0, q = 0, s = 0;
    for (r = 0; (r | 0) < (rows | 0); r = (r + 1) | 0) {
      q = (p + (imul(r, cols) << 2)) | 0;
      for (c = 0; (c | 0) < (cols | 0); c = (c + 1) | 0) {
        I32[q >> 2] = (I32[q >> 2] | 0) + r | 0;
        s = (s ^ (I32[q >> 2] | 0)) | 0;
        q = (q + 4) | 0;
      }
    }
    return s | 0;
  }

  // continue and break out of labelled loops over a pointer.
  function labelled(p, n) {
    p = p | 0;
    n = n | 0;
    var i = 0, s = 0;
    i = p;
    outer: while ((n | 0) > 0) {
      n = (n - 1) | 0;
      i = (i + 4) | 0;
      if ((I32[i >> 2] & 1) == 0) continue outer;
      while (1) {
        s = (s + (I32[i >> 2] | 0)) | 0;
        if ((s & 3) == 0) break outer;
        break;
      }
      I32[(i - 4) >> 2] = s;
    }
    return s | 0;
  }

  return { init: init, scan: scan, partition: partition, sum: sum, insertion: insertion, sorted: sorted, copy: copy, halves: halves, doubles: doubles, wanders: wanders, nested: nested, labelled: labelled };
}
