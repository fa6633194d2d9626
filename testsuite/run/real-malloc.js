// a boundary-tag malloc/free/realloc with segregated free lists and coalescing, driven by a pseudo-random workload that checks its blocks
// heap: 524288
// run: init(256)
// run: work(3000, 1)
// run: check()
// run: frag()
// run: work(3000, 99)
// run: check()
// run: freeAll()
// run: frag()
// run: malloc(0)
// run: malloc(-5)
// run: malloc(16777216)
// run: init(12)
// run: work(2000, 3)
// run: freeAll()
function M(stdlib, foreign, heap) {
  "use asm";

  var U8 = new stdlib.Uint8Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var imul = stdlib.Math.imul;
  var fail = foreign.fail;
  var note = foreign.note;

  // The memory map (byte offsets). A block is [header | payload | footer];
  // header and footer hold size | used, sizes are multiples of 8 and >= 16.
  // A free block keeps its list links in the payload: next at +4, prev at +8.
  var BINS = 0;          // 16 free-list heads, one per power-of-two class
  var SLOTS = 1024;      // the workload's 256 live pointers (0: empty)
  var SIZES = 2048;      // and their requested sizes
  var ARENA = 8192;
  var MAX_ARENA = 516096;

  var arenaEnd = 0;
  var seed = 1;

  function rnd() {
    seed = seed ^ (seed << 13);
    seed = seed ^ (seed >>> 17);
    seed = seed ^ (seed << 5);
    return seed & 0x7fffffff;
  }

  // ---- blocks and lists -------------------------------------------------------

  function sizeOf(b) {
    b = b | 0;
    return H32[b >> 2] & -8;
  }

  function isUsed(b) {
    b = b | 0;
    return H32[b >> 2] & 1;
  }

  function setTags(b, size, used) {
    b = b | 0;
    size = size | 0;
    used = used | 0;
    H32[b >> 2] = size | used;
    H32[(b + size - 4) >> 2] = size | used;
  }

  function binOf(size) {
    size = size | 0;
    var c = 0;
    size = size >>> 5;
    while (((size | 0) > 0) & ((c | 0) < 15)) {
      size = size >>> 1;
      c = (c + 1) | 0;
    }
    return c | 0;
  }

  function link(b) {
    b = b | 0;
    var head = 0, at = 0;
    at = (BINS + ((binOf(sizeOf(b) | 0) | 0) << 2)) | 0;
    head = H32[at >> 2] | 0;
    H32[(b + 4) >> 2] = head;
    H32[(b + 8) >> 2] = 0;
    if (head) H32[(head + 8) >> 2] = b;
    H32[at >> 2] = b;
  }

  function unlink(b) {
    b = b | 0;
    var next = 0, prev = 0;
    next = H32[(b + 4) >> 2] | 0;
    prev = H32[(b + 8) >> 2] | 0;
    if (prev) H32[(prev + 4) >> 2] = next;
    else H32[(BINS + ((binOf(sizeOf(b) | 0) | 0) << 2)) >> 2] = next;
    if (next) H32[(next + 8) >> 2] = prev;
  }

  // Set up an arena of kb KiB between two used 8-byte sentinels; returns the
  // size of its one free block.
  function init(kb) {
    kb = kb | 0;
    var size = 0, i = 0;
    size = kb << 10;
    if ((size | 0) > (MAX_ARENA | 0)) size = MAX_ARENA;
    if ((size | 0) < 64) size = 64;
    for (i = 0; (i | 0) < 16; i = (i + 1) | 0) H32[(BINS + (i << 2)) >> 2] = 0;
    for (i = 0; (i | 0) < 256; i = (i + 1) | 0) H32[(SLOTS + (i << 2)) >> 2] = 0;
    arenaEnd = (ARENA + size) | 0;
    setTags(ARENA, 8, 1);
    setTags((arenaEnd - 8) | 0, 8, 1);
    setTags((ARENA + 8) | 0, (size - 16) | 0, 0);
    link((ARENA + 8) | 0);
    return (size - 16) | 0;
  }

  function blockSize(n) {
    n = n | 0;
    n = ((n + 15) & -8) | 0;
    return ((n | 0) < 16 ? 16 : n) | 0;
  }

  // First fit within the smallest class that can hold the block.
  function malloc(n) {
    n = n | 0;
    var size = 0, c = 0, b = 0, total = 0, rest = 0;
    if (((n | 0) < 0) | ((n | 0) > (MAX_ARENA | 0))) return 0;
    size = blockSize(n) | 0;
    for (c = binOf(size) | 0; (c | 0) < 16; c = (c + 1) | 0) {
      for (b = H32[(BINS + (c << 2)) >> 2] | 0; b; b = H32[(b + 4) >> 2] | 0) {
        total = sizeOf(b) | 0;
        if ((total | 0) < (size | 0)) continue;
        unlink(b);
        if (((total - size) | 0) >= 16) {
          setTags(b, size, 1);
          rest = (b + size) | 0;
          setTags(rest, (total - size) | 0, 0);
          link(rest);
        } else {
          setTags(b, total, 1);
        }
        return (b + 4) | 0;
      }
    }
    return 0;
  }

  function free(p) {
    p = p | 0;
    var b = 0, size = 0, next = 0, foot = 0, prev = 0;
    if (!p) return;
    b = (p - 4) | 0;
    if (!(isUsed(b) | 0)) {
      fail(1, p | 0);
      return;
    }
    size = sizeOf(b) | 0;
    next = (b + size) | 0;
    if (!(isUsed(next) | 0)) {
      unlink(next);
      size = (size + (sizeOf(next) | 0)) | 0;
    }
    foot = H32[(b - 4) >> 2] | 0;
    if (!(foot & 1)) {
      prev = (b - (foot & -8)) | 0;
      unlink(prev);
      size = (size + (foot & -8)) | 0;
      b = prev;
    }
    setTags(b, size, 0);
    link(b);
  }

  // Grow or shrink in place when the neighbour allows, else move.
  function realloc(p, n) {
    p = p | 0;
    n = n | 0;
    var b = 0, size = 0, cur = 0, next = 0, q = 0, i = 0, keep = 0;
    if (!p) return malloc(n) | 0;
    b = (p - 4) | 0;
    size = blockSize(n) | 0;
    cur = sizeOf(b) | 0;
    next = (b + cur) | 0;
    if (((size | 0) > (cur | 0)) & !(isUsed(next) | 0)) {
      if ((((sizeOf(next) | 0) + cur) | 0) >= (size | 0)) {
        unlink(next);
        cur = (cur + (sizeOf(next) | 0)) | 0;
        setTags(b, cur, 1);
      }
    }
    if ((size | 0) <= (cur | 0)) {
      if (((cur - size) | 0) >= 16) {
        setTags(b, size, 1);
        setTags((b + size) | 0, (cur - size) | 0, 1);
        free((b + size + 4) | 0);
      }
      return p | 0;
    }
    q = malloc(n) | 0;
    if (!q) return 0;
    keep = (cur - 8) | 0;
    if ((keep | 0) > (n | 0)) keep = n;
    for (i = 0; (i | 0) < (keep | 0); i = (i + 1) | 0) U8[(q + i) | 0] = U8[(p + i) | 0] | 0;
    free(p);
    return q | 0;
  }

  // ---- the workload -----------------------------------------------------------

  function pattern(s, j) {
    s = s | 0;
    j = j | 0;
    return (imul(s, 37) + j) & 255;
  }

  function fill(p, s, from, to) {
    p = p | 0;
    s = s | 0;
    from = from | 0;
    to = to | 0;
    for (; (from | 0) < (to | 0); from = (from + 1) | 0) U8[(p + from) | 0] = pattern(s, from) | 0;
  }

  // The count of payload bytes in [0, n) that lost their pattern.
  function verify(p, s, n) {
    p = p | 0;
    s = s | 0;
    n = n | 0;
    var j = 0, bad = 0;
    for (j = 0; (j | 0) < (n | 0); j = (j + 1) | 0) {
      if ((U8[(p + j) | 0] | 0) != (pattern(s, j) | 0)) bad = (bad + 1) | 0;
    }
    return bad | 0;
  }

  function randomSize() {
    var k = 0;
    k = (rnd() | 0) & 15;
    if ((k | 0) < 10) return (1 + ((rnd() | 0) & 63)) | 0;
    if ((k | 0) < 14) return (64 + ((rnd() | 0) & 1023)) | 0;
    return (1024 + ((rnd() | 0) & 8191)) | 0;
  }

  // `steps` pseudo-random operations on the 256 slots: an empty slot gets a
  // fresh block, a full one is checked and then freed or resized. Returns a
  // hash of the addresses handed out.
  function work(steps, s0) {
    steps = steps | 0;
    s0 = s0 | 0;
    var i = 0, s = 0, p = 0, q = 0, n = 0, old = 0, h = 0, oom = 0, bad = 0, live = 0;
    seed = s0 | 1;
    h = -2128831035;
    for (i = 0; (i | 0) < (steps | 0); i = (i + 1) | 0) {
      s = (rnd() | 0) & 255;
      p = H32[(SLOTS + (s << 2)) >> 2] | 0;
      if (p) {
        old = H32[(SIZES + (s << 2)) >> 2] | 0;
        bad = (bad + (verify(p, s, old) | 0)) | 0;
        if (((rnd() | 0) & 3) == 0) {
          n = randomSize() | 0;
          q = realloc(p, n) | 0;
          if (q) {
            if ((old | 0) > (n | 0)) old = n;
            bad = (bad + (verify(q, s, old) | 0)) | 0;
            fill(q, s, old, n);
            H32[(SLOTS + (s << 2)) >> 2] = q;
            H32[(SIZES + (s << 2)) >> 2] = n;
          } else {
            oom = (oom + 1) | 0;
          }
          p = q;
        } else {
          free(p);
          H32[(SLOTS + (s << 2)) >> 2] = 0;
        }
      } else {
        n = randomSize() | 0;
        p = malloc(n) | 0;
        if (p) {
          fill(p, s, 0, n);
          H32[(SLOTS + (s << 2)) >> 2] = p;
          H32[(SIZES + (s << 2)) >> 2] = n;
        } else {
          oom = (oom + 1) | 0;
        }
      }
      h = imul(h ^ (p - ARENA), 16777619) | 0;
    }
    for (s = 0; (s | 0) < 256; s = (s + 1) | 0) live = (live + ((H32[(SLOTS + (s << 2)) >> 2] | 0) != 0)) | 0;
    note(oom | 0, live | 0, bad | 0);
    return h | 0;
  }

  // Walk the arena and the lists. Returns free blocks * 65536 + used blocks,
  // or a negative code for a broken invariant.
  function check() {
    var b = 0, size = 0, prevFree = 0, nFree = 0, nUsed = 0, c = 0, listed = 0;
    for (b = (ARENA + 8) | 0; (b | 0) < ((arenaEnd - 8) | 0); b = (b + size) | 0) {
      size = sizeOf(b) | 0;
      if (((size | 0) < 16) | ((size & 7) != 0)) return -2;
      if ((H32[b >> 2] | 0) != (H32[(b + size - 4) >> 2] | 0)) return -1;
      if (isUsed(b) | 0) {
        nUsed = (nUsed + 1) | 0;
        prevFree = 0;
      } else {
        if (prevFree) return -3;
        nFree = (nFree + 1) | 0;
        prevFree = 1;
      }
    }
    if ((b | 0) != ((arenaEnd - 8) | 0)) return -6;
    for (c = 0; (c | 0) < 16; c = (c + 1) | 0) {
      for (b = H32[(BINS + (c << 2)) >> 2] | 0; b; b = H32[(b + 4) >> 2] | 0) {
        if ((isUsed(b) | 0) | ((binOf(sizeOf(b) | 0) | 0) != (c | 0))) return -4;
        listed = (listed + 1) | 0;
      }
    }
    if ((listed | 0) != (nFree | 0)) return -5;
    return ((nFree << 16) + nUsed) | 0;
  }

  // The largest free block over all free bytes (1 when unfragmented).
  function frag() {
    var b = 0, size = 0, total = 0, largest = 0;
    for (b = (ARENA + 8) | 0; (b | 0) < ((arenaEnd - 8) | 0); b = (b + size) | 0) {
      size = sizeOf(b) | 0;
      if (!(isUsed(b) | 0)) {
        total = (total + size) | 0;
        if ((size | 0) > (largest | 0)) largest = size;
      }
    }
    if (!total) return 0.0;
    return +(largest | 0) / +(total | 0);
  }

  function freeAll() {
    var s = 0;
    for (s = 0; (s | 0) < 256; s = (s + 1) | 0) {
      free(H32[(SLOTS + (s << 2)) >> 2] | 0);
      H32[(SLOTS + (s << 2)) >> 2] = 0;
    }
    return check() | 0;
  }

  return { init: init, malloc: malloc, work: work, check: check, frag: frag, freeAll: freeAll };
}
