// word counting in an open-addressing hash table (linear probing, tombstones, growth by rehashing), with the hash function picked from a table of four
// heap: 524288
// run: build(20000, 0, 1, 1500)
// run: avgProbes()
// run: top()
// run: removeRare(2)
// run: lookupAll()
// run: avgProbes()
// run: build(20000, 3, 1, 1500)
// run: avgProbes()
// run: build(20000, 1, 1, 1500)
// run: build(30000, 2, 9, 2000)
// run: capacity()
// run: removeRare(1000000)
// run: lookupAll()
// run: build(0, 0, 1, 100)
// run: build(100, 0, 5, 0)
function M(stdlib, foreign, heap) {
  "use asm";

  var U8 = new stdlib.Uint8Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var imul = stdlib.Math.imul;
  var grew = foreign.grew;

  // The memory map (byte offsets). A slot is 16 bytes: the key's hash, its
  // offset in TEXT (EMPTY, or TOMB for a deleted entry), its length, its count.
  var TEXT = 0;            // the words, separated by spaces
  var VOCAB = 196608;      // the vocabulary: 16 bytes a word, a length byte first
  var TABLE_A = 262144;    // the two table areas, used in turn
  var TABLE_B = 393216;
  var MAX_TEXT = 190000;
  var MAX_CAP = 8192;
  var EMPTY = -1;
  var TOMB = -2;

  var table = 0;
  var cap = 0;
  var live = 0;
  var tombs = 0;
  var hashFn = 0;
  var textLen = 0;
  var seed = 1;
  var probes = 0;
  var lookups = 0;

  // ---- the hash functions ----------------------------------------------------------

  function fnv1a(p, n) {
    p = p | 0;
    n = n | 0;
    var h = -2128831035, i = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) h = imul(h ^ (U8[(p + i) | 0] | 0), 16777619) | 0;
    return h | 0;
  }
  function djb2(p, n) {
    p = p | 0;
    n = n | 0;
    var h = 5381, i = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) h = ((h << 5) + h + (U8[(p + i) | 0] | 0)) | 0;
    return h | 0;
  }
  // Four bytes at a time through a multiply-xorshift mix.
  function mix(p, n) {
    p = p | 0;
    n = n | 0;
    var h = 0, i = 0, k = 0;
    h = imul(n, -1640531535) | 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 4) | 0) {
      k = U8[(p + i) | 0] | 0;
      if (((i + 1) | 0) < (n | 0)) k = k | (U8[(p + i + 1) | 0] << 8);
      if (((i + 2) | 0) < (n | 0)) k = k | (U8[(p + i + 2) | 0] << 16);
      if (((i + 3) | 0) < (n | 0)) k = k | (U8[(p + i + 3) | 0] << 24);
      k = imul(k, -862048943) | 0;
      k = (k << 15) | (k >>> 17);
      h = imul(h ^ k, 461845907) | 0;
      h = (h << 13) | (h >>> 19);
    }
    h = h ^ (h >>> 16);
    h = imul(h, -2048144789) | 0;
    return (h ^ (h >>> 13)) | 0;
  }
  // A bad one on purpose: the byte sum clusters badly.
  function byteSum(p, n) {
    p = p | 0;
    n = n | 0;
    var h = 0, i = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) h = (h + (U8[(p + i) | 0] | 0)) | 0;
    return h | 0;
  }

  // ---- the table ---------------------------------------------------------------------

  function slot(i) {
    i = i | 0;
    return (table + (i << 4)) | 0;
  }

  function sameKey(a, b, n) {
    a = a | 0;
    b = b | 0;
    n = n | 0;
    var i = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      if ((U8[(a + i) | 0] | 0) != (U8[(b + i) | 0] | 0)) return 0;
    }
    return 1;
  }

  function clear(area, size) {
    area = area | 0;
    size = size | 0;
    var i = 0;
    for (i = 0; (i | 0) < (size | 0); i = (i + 1) | 0) {
      H32[(area + (i << 4) + 4) >> 2] = EMPTY;
      H32[(area + (i << 4) + 12) >> 2] = 0;
    }
  }

  // The slot holding the key, or -1 - (the slot to insert it at).
  function find(p, n, h) {
    p = p | 0;
    n = n | 0;
    h = h | 0;
    var i = 0, s = 0, off = 0, firstTomb = -1;
    i = h & (cap - 1);
    lookups = (lookups + 1) | 0;
    while (1) {
      probes = (probes + 1) | 0;
      s = slot(i) | 0;
      off = H32[(s + 4) >> 2] | 0;
      if ((off | 0) == (EMPTY | 0)) return (-1 - ((firstTomb | 0) >= 0 ? firstTomb : i)) | 0;
      if ((off | 0) == (TOMB | 0)) {
        if ((firstTomb | 0) < 0) firstTomb = i;
      } else if (((H32[s >> 2] | 0) == (h | 0)) & ((H32[(s + 8) >> 2] | 0) == (n | 0))) {
        if (sameKey(off, p, n) | 0) return i | 0;
      }
      i = (i + 1) & (cap - 1);
    }
    return 0;
  }

  // Move every live entry into the other area, of capacity newCap.
  function rehash(newCap) {
    newCap = newCap | 0;
    var old = 0, oldCap = 0, i = 0, s = 0, at = 0, d = 0;
    old = table;
    oldCap = cap;
    table = (table | 0) == (TABLE_A | 0) ? TABLE_B : TABLE_A;
    cap = newCap;
    clear(table, cap);
    tombs = 0;
    for (i = 0; (i | 0) < (oldCap | 0); i = (i + 1) | 0) {
      s = (old + (i << 4)) | 0;
      if ((H32[(s + 4) >> 2] | 0) < 0) continue;
      at = (-1 - (find(H32[(s + 4) >> 2] | 0, H32[(s + 8) >> 2] | 0, H32[s >> 2] | 0) | 0)) | 0;
      d = slot(at) | 0;
      H32[d >> 2] = H32[s >> 2];
      H32[(d + 4) >> 2] = H32[(s + 4) >> 2];
      H32[(d + 8) >> 2] = H32[(s + 8) >> 2];
      H32[(d + 12) >> 2] = H32[(s + 12) >> 2];
    }
    grew(newCap | 0);
  }

  // Count one occurrence of the word at p.
  function count(p, n) {
    p = p | 0;
    n = n | 0;
    var h = 0, r = 0, s = 0;
    if ((imul((live + tombs + 1) | 0, 4) | 0) > (imul(cap, 3) | 0)) {
      rehash(((imul((live + 1) | 0, 4) | 0) > (imul(cap, 2) | 0) ? cap << 1 : cap) | 0);
    }
    h = hashes[hashFn & 3](p, n) | 0;
    r = find(p, n, h) | 0;
    if ((r | 0) >= 0) {
      s = slot(r) | 0;
      H32[(s + 12) >> 2] = ((H32[(s + 12) >> 2] | 0) + 1) | 0;
      return;
    }
    s = slot((-1 - r) | 0) | 0;
    if ((H32[(s + 4) >> 2] | 0) == (TOMB | 0)) tombs = (tombs - 1) | 0;
    H32[s >> 2] = h;
    H32[(s + 4) >> 2] = p;
    H32[(s + 8) >> 2] = n;
    H32[(s + 12) >> 2] = 1;
    live = (live + 1) | 0;
  }

  // ---- the text ------------------------------------------------------------------------

  function rnd(n) {
    n = n | 0;
    seed = (imul(seed, 1664525) + 1013904223) | 0;
    return ((seed >>> 9) % (n >>> 0)) | 0;
  }

  // words words of a vocabulary of v, the frequent ones far more often.
  function generate(words, v) {
    words = words | 0;
    v = v | 0;
    var i = 0, j = 0, w = 0, len = 0, p = 0;
    for (i = 0; (i | 0) < (v | 0); i = (i + 1) | 0) {
      len = (1 + (rnd(12) | 0)) | 0;
      U8[(VOCAB + (i << 4)) | 0] = len;
      for (j = 1; (j | 0) <= (len | 0); j = (j + 1) | 0) U8[(VOCAB + (i << 4) + j) | 0] = (97 + (rnd(6) | 0)) | 0;
    }
    p = 0;
    for (i = 0; ((i | 0) < (words | 0)) & ((p | 0) < ((MAX_TEXT - 16) | 0)); i = (i + 1) | 0) {
      w = imul(rnd(v) | 0, rnd(v) | 0) / (v | 0) | 0;
      len = U8[(VOCAB + (w << 4)) | 0] | 0;
      for (j = 1; (j | 0) <= (len | 0); j = (j + 1) | 0) {
        U8[p] = U8[(VOCAB + (w << 4) + j) | 0] | 0;
        p = (p + 1) | 0;
      }
      U8[p] = 32;
      p = (p + 1) | 0;
    }
    textLen = p;
  }

  // Count the words of a generated text with hash function fn; returns the
  // number of distinct words.
  function build(words, fn, s, v) {
    words = words | 0;
    fn = fn | 0;
    s = s | 0;
    v = v | 0;
    var p = 0, start = 0;
    if ((v | 0) < 1) v = 1;
    if ((v | 0) > 2048) v = 2048;
    if ((words | 0) < 0) words = 0;
    seed = s;
    generate(words, v);
    hashFn = fn;
    table = TABLE_A;
    cap = 16;
    live = 0;
    tombs = 0;
    probes = 0;
    lookups = 0;
    clear(table, cap);
    for (p = 0; (p | 0) < (textLen | 0); p = (p + 1) | 0) {
      if ((U8[p] | 0) != 32) continue;
      count(start, (p - start) | 0);
      start = (p + 1) | 0;
    }
    return live | 0;
  }

  // Mean probes per lookup so far.
  function avgProbes() {
    if (!lookups) return 0.0;
    return +(probes | 0) / +(lookups | 0);
  }

  // The highest count times 65536 plus the length of its word.
  function top() {
    var i = 0, best = 0, s = 0, n = 0;
    for (i = 0; (i | 0) < (cap | 0); i = (i + 1) | 0) {
      s = slot(i) | 0;
      if ((H32[(s + 4) >> 2] | 0) < 0) continue;
      if ((H32[(s + 12) >> 2] | 0) > (best | 0)) {
        best = H32[(s + 12) >> 2] | 0;
        n = H32[(s + 8) >> 2] | 0;
      }
    }
    return ((best << 16) + n) | 0;
  }

  // Delete the words counted at most `limit` times; returns how many.
  function removeRare(limit) {
    limit = limit | 0;
    var i = 0, s = 0, gone = 0;
    for (i = 0; (i | 0) < (cap | 0); i = (i + 1) | 0) {
      s = slot(i) | 0;
      if ((H32[(s + 4) >> 2] | 0) < 0) continue;
      if ((H32[(s + 12) >> 2] | 0) <= (limit | 0)) {
        H32[(s + 4) >> 2] = TOMB;
        live = (live - 1) | 0;
        tombs = (tombs + 1) | 0;
        gone = (gone + 1) | 0;
      }
    }
    return gone | 0;
  }

  // Look every word of the text up again: words found * 65536 + the sum
  // of their counts, mod 65536.
  function lookupAll() {
    var p = 0, start = 0, found = 0, sum = 0, r = 0;
    probes = 0;
    lookups = 0;
    for (p = 0; (p | 0) < (textLen | 0); p = (p + 1) | 0) {
      if ((U8[p] | 0) != 32) continue;
      r = find(start, (p - start) | 0, hashes[hashFn & 3](start, (p - start) | 0) | 0) | 0;
      if ((r | 0) >= 0) {
        found = (found + 1) | 0;
        sum = (sum + (H32[((slot(r) | 0) + 12) >> 2] | 0)) | 0;
      }
      start = (p + 1) | 0;
    }
    return ((found << 16) + (sum & 65535)) | 0;
  }

  function capacity() {
    return ((cap << 16) | (live & 65535)) | 0;
  }

  var hashes = [fnv1a, djb2, mix, byteSum];

  return { build: build, avgProbes: avgProbes, top: top, removeRare: removeRare, lookupAll: lookupAll, capacity: capacity };
}
