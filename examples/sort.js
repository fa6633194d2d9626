// Sorting int32 arrays in the heap, as a hand-tuned library of 2014 would
// ship it: quicksort (median of three, Hoare partition, an explicit stack and an
// insertion-sort cutoff), heapsort, and a bottom-up merge sort through a
// scratch region, plus a checker and an xorshift filler so that a run needs no
// input. Pointers are byte offsets into the heap, as Emscripten's are.
// `asm2wasm examples/sort.js -o sort.wasm`.
// heap: 1048576
// run: main(1000)
// run: main(0)
// run: main(1)
// run: main(2)
// run: main(17)
// run: main(-5)
// run: fill(65536, 200, 12345, 0)
// run: quicksort(65536, 200)
// run: isSorted(65536, 200)
// run: checksum(65536, 200)
// run: lowerBound(65536, 200, 0)
// run: fill(65536, 300, 99, 15)
// run: heapsort(65536, 300)
// run: isSorted(65536, 300)
// run: countRuns(65536, 300)
// run: fill(65536, 257, -7, 1023)
// run: mergesort(65536, 257)
// run: isSorted(65536, 257)
// run: reverse(65536, 257)
// run: isSorted(65536, 257)
// run: countRuns(65536, 257)
// run: selectKth(65536, 257, 128)
// run: xorshift(1)
// run: xorshift(-1)
// run: main(4099)
// bench: main(98304)
function M(stdlib, foreign, heap) {
  "use asm";

  var H32 = new stdlib.Int32Array(heap);
  var imul = stdlib.Math.imul;
  var log = foreign.log;

  // The memory map (byte offsets). Never assigned: constants by convention.
  var ARRAY = 65536;     // 0x10000: the array main() sorts
  var SCRATCH = 458752;  // 0x70000: the merge sort's second buffer
  var STACK = 983040;    // 0xF0000: the quicksort's explicit stack of (lo, hi)
  var MAXN = 98304;      // elements that fit between ARRAY and SCRATCH
  var CUTOFF = 12;       // ranges this short are left to insertion sort

  // One step of Marsaglia's xorshift32. Zero is a fixed point, so it is
  // replaced by a constant.
  function xorshift(x) {
    x = x | 0;
    if ((x | 0) == 0) x = 2463534242 | 0;
    x = x ^ (x << 13);
    x = x ^ (x >>> 17);
    x = x ^ (x << 5);
    return x | 0;
  }

  // Fill n ints at ptr from seed. With mask = 0 the values are full 32-bit
  // words; otherwise they are centred in [-(mask>>1), mask - (mask>>1)], so a
  // small mask gives many duplicates. Returns the generator's last state.
  function fill(ptr, n, seed, mask) {
    ptr = ptr | 0;
    n = n | 0;
    seed = seed | 0;
    mask = mask | 0;
    var end = 0, x = 0, half = 0;
    x = seed;
    half = mask >>> 1;
    end = (ptr + (n << 2)) | 0;
    while ((ptr | 0) < (end | 0)) {
      x = xorshift(x) | 0;
      if (mask) H32[ptr >> 2] = ((x & mask) - half) | 0;
      else H32[ptr >> 2] = x;
      ptr = (ptr + 4) | 0;
    }
    return x | 0;
  }

  // Straight insertion sort of the elements at byte offsets lo .. hi inclusive.
  function insertion(lo, hi) {
    lo = lo | 0;
    hi = hi | 0;
    var i = 0, j = 0, v = 0, w = 0;
    for (i = (lo + 4) | 0; (i | 0) <= (hi | 0); i = (i + 4) | 0) {
      v = H32[i >> 2] | 0;
      j = (i - 4) | 0;
      while ((j | 0) >= (lo | 0)) {
        w = H32[j >> 2] | 0;
        if ((w | 0) <= (v | 0)) break;
        H32[(j + 4) >> 2] = w;
        j = (j - 4) | 0;
      }
      H32[(j + 4) >> 2] = v;
    }
  }

  // Quicksort of n ints at ptr. The larger half goes on the stack and the
  // loop carries on with the smaller, so the stack holds at most log2(n)
  // frames of 8 bytes.
  function quicksort(ptr, n) {
    ptr = ptr | 0;
    n = n | 0;
    var lo = 0, hi = 0, mid = 0, i = 0, j = 0, p = 0, a = 0, b = 0, c = 0, sp = 0;
    if ((n | 0) < 2) return;
    sp = STACK;
    lo = ptr;
    hi = (ptr + ((n - 1) << 2)) | 0;
    while (1) {
      if ((((hi - lo) | 0) >> 2) < (CUTOFF | 0)) {
        insertion(lo, hi);
        if ((sp | 0) == (STACK | 0)) break;
        sp = (sp - 8) | 0;
        lo = H32[sp >> 2] | 0;
        hi = H32[(sp + 4) >> 2] | 0;
        continue;
      }
      // Median of three: order lo, mid, hi so that the pivot is the middle.
      mid = (lo + ((((hi - lo) | 0) >>> 3) << 2)) | 0;
      a = H32[lo >> 2] | 0;
      b = H32[mid >> 2] | 0;
      c = H32[hi >> 2] | 0;
      if ((b | 0) < (a | 0)) { p = a; a = b; b = p; }
      if ((c | 0) < (b | 0)) {
        p = b; b = c; c = p;
        if ((b | 0) < (a | 0)) { p = a; a = b; b = p; }
      }
      H32[lo >> 2] = a;
      H32[mid >> 2] = b;
      H32[hi >> 2] = c;
      p = b;
      // Hoare's partition: [lo, j] <= p <= [j + 4, hi], both non-empty.
      i = (lo - 4) | 0;
      j = (hi + 4) | 0;
      while (1) {
        do {
          i = (i + 4) | 0;
        } while ((H32[i >> 2] | 0) < (p | 0));
        do {
          j = (j - 4) | 0;
        } while ((H32[j >> 2] | 0) > (p | 0));
        if ((i | 0) >= (j | 0)) break;
        a = H32[i >> 2] | 0;
        H32[i >> 2] = H32[j >> 2];
        H32[j >> 2] = a;
      }
      // Push the larger part, keep going with the smaller.
      if (((j - lo) | 0) > ((hi - j) | 0)) {
        H32[sp >> 2] = lo;
        H32[(sp + 4) >> 2] = j;
        lo = (j + 4) | 0;
      } else {
        H32[sp >> 2] = (j + 4) | 0;
        H32[(sp + 4) >> 2] = hi;
        hi = j;
      }
      sp = (sp + 8) | 0;
    }
  }

  // Sift the element at index i down the max-heap of n elements at ptr.
  function siftDown(ptr, i, n) {
    ptr = ptr | 0;
    i = i | 0;
    n = n | 0;
    var child = 0, v = 0, cv = 0, rv = 0;
    v = H32[(ptr + (i << 2)) >> 2] | 0;
    while (1) {
      child = ((i << 1) + 1) | 0;
      if ((child | 0) >= (n | 0)) break;
      cv = H32[(ptr + (child << 2)) >> 2] | 0;
      if (((child + 1) | 0) < (n | 0)) {
        rv = H32[(ptr + (child << 2) + 4) >> 2] | 0;
        if ((rv | 0) > (cv | 0)) {
          child = (child + 1) | 0;
          cv = rv;
        }
      }
      if ((cv | 0) <= (v | 0)) break;
      H32[(ptr + (i << 2)) >> 2] = cv;
      i = child;
    }
    H32[(ptr + (i << 2)) >> 2] = v;
  }

  // Heapsort of n ints at ptr: Floyd's heap construction, then n - 1 pops.
  function heapsort(ptr, n) {
    ptr = ptr | 0;
    n = n | 0;
    var i = 0, t = 0, last = 0;
    if ((n | 0) < 2) return;
    for (i = ((n >> 1) - 1) | 0; (i | 0) >= 0; i = (i - 1) | 0) siftDown(ptr, i, n);
    for (i = (n - 1) | 0; (i | 0) > 0; i = (i - 1) | 0) {
      last = (ptr + (i << 2)) | 0;
      t = H32[ptr >> 2] | 0;
      H32[ptr >> 2] = H32[last >> 2];
      H32[last >> 2] = t;
      siftDown(ptr, 0, i);
    }
  }

  // Merge the sorted runs src[a, m) and src[m, b) (byte offsets) into dst at a'.
  function merge(src, dst, a, m, b) {
    src = src | 0;
    dst = dst | 0;
    a = a | 0;
    m = m | 0;
    b = b | 0;
    var i = 0, j = 0, k = 0, x = 0, y = 0;
    i = (src + a) | 0;
    j = (src + m) | 0;
    k = (dst + a) | 0;
    m = (src + m) | 0;
    b = (src + b) | 0;
    while (((i | 0) < (m | 0)) & ((j | 0) < (b | 0))) {
      x = H32[i >> 2] | 0;
      y = H32[j >> 2] | 0;
      // `<=` takes from the left on ties: the sort is stable.
      if ((x | 0) <= (y | 0)) {
        H32[k >> 2] = x;
        i = (i + 4) | 0;
      } else {
        H32[k >> 2] = y;
        j = (j + 4) | 0;
      }
      k = (k + 4) | 0;
    }
    while ((i | 0) < (m | 0)) {
      H32[k >> 2] = H32[i >> 2];
      i = (i + 4) | 0;
      k = (k + 4) | 0;
    }
    while ((j | 0) < (b | 0)) {
      H32[k >> 2] = H32[j >> 2];
      j = (j + 4) | 0;
      k = (k + 4) | 0;
    }
  }

  // Bottom-up merge sort of n ints at ptr through the scratch region: runs of
  // 8 are insertion-sorted in place, then passes of doubling width alternate
  // between the two buffers. Returns the number of merge passes.
  function mergesort(ptr, n) {
    ptr = ptr | 0;
    n = n | 0;
    var bytes = 0, width = 0, a = 0, m = 0, b = 0, src = 0, dst = 0, t = 0, passes = 0;
    if ((n | 0) < 2) return 0;
    if ((n | 0) > (MAXN | 0)) n = MAXN;
    bytes = n << 2;
    for (a = 0; (a | 0) < (bytes | 0); a = (a + 32) | 0) {
      b = (a + 28) | 0;
      if ((b | 0) >= (bytes | 0)) b = (bytes - 4) | 0;
      insertion((ptr + a) | 0, (ptr + b) | 0);
    }
    src = ptr;
    dst = SCRATCH;
    for (width = 32; (width | 0) < (bytes | 0); width = width << 1) {
      for (a = 0; (a | 0) < (bytes | 0); a = (a + (width << 1)) | 0) {
        m = (a + width) | 0;
        if ((m | 0) > (bytes | 0)) m = bytes;
        b = (m + width) | 0;
        if ((b | 0) > (bytes | 0)) b = bytes;
        merge(src, dst, a, m, b);
      }
      t = src;
      src = dst;
      dst = t;
      passes = (passes + 1) | 0;
    }
    // An odd number of passes leaves the result in the scratch region.
    if ((src | 0) != (ptr | 0)) {
      for (a = 0; (a | 0) < (bytes | 0); a = (a + 4) | 0) H32[(ptr + a) >> 2] = H32[(src + a) >> 2];
    }
    return passes | 0;
  }

  // 1 when the n ints at ptr are in non-decreasing order, else 0.
  function isSorted(ptr, n) {
    ptr = ptr | 0;
    n = n | 0;
    var end = 0, prev = 0, v = 0;
    if ((n | 0) < 2) return 1;
    end = (ptr + (n << 2)) | 0;
    prev = H32[ptr >> 2] | 0;
    for (ptr = (ptr + 4) | 0; (ptr | 0) < (end | 0); ptr = (ptr + 4) | 0) {
      v = H32[ptr >> 2] | 0;
      if ((v | 0) < (prev | 0)) return 0;
      prev = v;
    }
    return 1;
  }

  // The number of maximal non-decreasing runs (1 for a sorted array).
  function countRuns(ptr, n) {
    ptr = ptr | 0;
    n = n | 0;
    var i = 0, runs = 0, prev = 0, v = 0;
    if ((n | 0) < 1) return 0;
    runs = 1;
    prev = H32[ptr >> 2] | 0;
    for (i = 1; (i | 0) < (n | 0); i = (i + 1) | 0) {
      v = H32[(ptr + (i << 2)) >> 2] | 0;
      runs = (runs + ((v | 0) < (prev | 0))) | 0;
      prev = v;
    }
    return runs | 0;
  }

  // Reverse n ints at ptr in place.
  function reverse(ptr, n) {
    ptr = ptr | 0;
    n = n | 0;
    var q = 0, t = 0;
    q = (ptr + ((n - 1) << 2)) | 0;
    while ((ptr | 0) < (q | 0)) {
      t = H32[ptr >> 2] | 0;
      H32[ptr >> 2] = H32[q >> 2];
      H32[q >> 2] = t;
      ptr = (ptr + 4) | 0;
      q = (q - 4) | 0;
    }
  }

  // The first index in the sorted n ints at ptr whose value is >= key.
  function lowerBound(ptr, n, key) {
    ptr = ptr | 0;
    n = n | 0;
    key = key | 0;
    var lo = 0, hi = 0, mid = 0;
    hi = n;
    while ((lo | 0) < (hi | 0)) {
      mid = ((lo + hi) | 0) >>> 1;
      if ((H32[(ptr + (mid << 2)) >> 2] | 0) < (key | 0)) lo = (mid + 1) | 0;
      else hi = mid;
    }
    return lo | 0;
  }

  // Hoare's quickselect: the k-th smallest of n ints at ptr (which it
  // reorders). k is clamped to [0, n).
  function selectKth(ptr, n, k) {
    ptr = ptr | 0;
    n = n | 0;
    k = k | 0;
    var lo = 0, hi = 0, i = 0, j = 0, p = 0, t = 0;
    if ((n | 0) < 1) return 0;
    if ((k | 0) < 0) k = 0;
    if ((k | 0) >= (n | 0)) k = (n - 1) | 0;
    hi = (n - 1) | 0;
    while ((lo | 0) < (hi | 0)) {
      p = H32[(ptr + ((((lo + hi) | 0) >>> 1) << 2)) >> 2] | 0;
      i = lo;
      j = hi;
      while ((i | 0) <= (j | 0)) {
        while ((H32[(ptr + (i << 2)) >> 2] | 0) < (p | 0)) i = (i + 1) | 0;
        while ((H32[(ptr + (j << 2)) >> 2] | 0) > (p | 0)) j = (j - 1) | 0;
        if ((i | 0) <= (j | 0)) {
          t = H32[(ptr + (i << 2)) >> 2] | 0;
          H32[(ptr + (i << 2)) >> 2] = H32[(ptr + (j << 2)) >> 2];
          H32[(ptr + (j << 2)) >> 2] = t;
          i = (i + 1) | 0;
          j = (j - 1) | 0;
        }
      }
      if ((k | 0) <= (j | 0)) hi = j;
      else if ((k | 0) >= (i | 0)) lo = i;
      else break;
    }
    return H32[(ptr + (k << 2)) >> 2] | 0;
  }

  // A position-dependent hash of n ints at ptr (FNV-1a over words).
  function checksum(ptr, n) {
    ptr = ptr | 0;
    n = n | 0;
    var i = 0, h = -2128831035;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      h = imul(h ^ (H32[(ptr + (i << 2)) >> 2] | 0), 16777619) | 0;
      h = (h + i) | 0;
    }
    return h | 0;
  }

  // Sort the same data three ways; the checksum of the result, with a bit
  // for each sort that failed folded in so that any disagreement shows.
  function trial(n, seed, mask) {
    n = n | 0;
    seed = seed | 0;
    mask = mask | 0;
    var c1 = 0, c2 = 0, c3 = 0, bad = 0, median = 0;
    fill(ARRAY, n, seed, mask) | 0;
    quicksort(ARRAY, n);
    c1 = checksum(ARRAY, n) | 0;
    if (!(isSorted(ARRAY, n) | 0)) bad = bad | 1;
    fill(ARRAY, n, seed, mask) | 0;
    heapsort(ARRAY, n);
    c2 = checksum(ARRAY, n) | 0;
    if (!(isSorted(ARRAY, n) | 0)) bad = bad | 2;
    fill(ARRAY, n, seed, mask) | 0;
    mergesort(ARRAY, n) | 0;
    c3 = checksum(ARRAY, n) | 0;
    if (!(isSorted(ARRAY, n) | 0)) bad = bad | 4;
    if ((c1 | 0) != (c2 | 0)) bad = bad | 8;
    if ((c1 | 0) != (c3 | 0)) bad = bad | 16;
    if (bad) log(bad | 0, mask | 0);
    // The median again by quickselect, from a fresh fill.
    if ((n | 0) > 0) {
      median = H32[(ARRAY + ((n >> 1) << 2)) >> 2] | 0;
      fill(ARRAY, n, seed, mask) | 0;
      if ((selectKth(ARRAY, n, n >> 1) | 0) != (median | 0)) bad = bad | 32;
    }
    return (c1 ^ imul(bad, 65599) ^ (countRuns(ARRAY, n) | 0)) | 0;
  }

  // The whole suite on n elements (clamped to [0, MAXN]) seeded by n: full
  // 32-bit words, then a mask with many duplicates, then an already sorted
  // and a reversed array for the quicksort's worst cases.
  function main(n) {
    n = n | 0;
    var h = 0, t = 0;
    if ((n | 0) < 0) n = 0;
    if ((n | 0) > (MAXN | 0)) n = MAXN;
    log(n | 0);
    h = trial(n, n ^ -1640531527, 0) | 0;
    t = trial(n, (n + 7) | 0, 255) | 0;
    h = (imul(h, 31) + t) | 0;
    t = trial(n, (n + 11) | 0, 3) | 0;
    h = (imul(h, 31) + t) | 0;
    // Sorted input, then reversed input, through quicksort and merge sort.
    quicksort(ARRAY, n);
    h = (imul(h, 31) + (isSorted(ARRAY, n) | 0)) | 0;
    reverse(ARRAY, n);
    t = mergesort(ARRAY, n) | 0;
    h = (imul(h, 31) + t + (checksum(ARRAY, n) | 0)) | 0;
    reverse(ARRAY, n);
    quicksort(ARRAY, n);
    h = (imul(h, 31) + (lowerBound(ARRAY, n, 0) | 0)) | 0;
    log(h | 0);
    return h | 0;
  }

  return {
    main: main,
    xorshift: xorshift,
    fill: fill,
    quicksort: quicksort,
    heapsort: heapsort,
    mergesort: mergesort,
    isSorted: isSorted,
    countRuns: countRuns,
    reverse: reverse,
    lowerBound: lowerBound,
    selectKth: selectKth,
    checksum: checksum
  };
}
if (typeof module !== "undefined") module.exports = M;
