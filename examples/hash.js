// Hash functions over bytes in the heap and a hash table built on them, as a
// hand-tuned library of 2014 would ship them: FNV-1a, the MurmurHash3 finaliser
// as an integer mixer, MurmurHash3 x86_32 and xxHash32 (unaligned pointers are
// fine), Jenkins' one-at-a-time hash, djb2 and sdbm over NUL-terminated strings,
// and an open-addressing table of int keys to int values in the heap (linear
// probing, backward-shift deletion). `selfTest` checks known answers and the
// table's invariants. `asm2wasm examples/hash.js -o hash.wasm`.
// run: selfTest()
// run: main(1000)
// run: main(0)
// run: main(-3)
// run: mix(-2147483648)
// run: mixWords(64, 100)
// run: fnv1a(65500, 100)
// run: fillBytes(40960, 200, 7)
// run: murmur3(40960, 1, -1)
// run: murmur3(40961, 3, -2147483648)
// run: murmur3(40962, 99, 42)
// run: xxh32(40963, 15, -2147483648)
// run: xxh32(40960, 16, 1)
// run: xxh32(40961, 37, -1)
// run: oaat(40963, 101)
// run: fillText(45056, 300, 3, 0)
// run: djb2(45056)
// run: sdbm(45058)
// run: djb2(45356)
// run: tableInit(2)
// run: tableFill(4, 99)
// run: tableInsert(-2147483648, 5)
// run: tableLookup(12345, -1)
// run: tableCheck()
// run: tableDigest()
// bench: main(1200000)
function M(stdlib, foreign, heap) {
  "use asm";

  var HU8 = new stdlib.Uint8Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var imul = stdlib.Math.imul;

  // The memory map (byte offsets; never assigned): the table's keys, values
  // and state bytes (0 empty, 1 full) for up to 2^MAXLOG slots, the self
  // test's 4 KiB, main()'s strings (8 KiB) and words (16 KiB, to the end).
  var KEYS = 0, VALS = 16384, STATE = 32768, MAXLOG = 12;
  var SCRATCH = 36864, TEXT = 40960, DATA = 49152;

  // The table: capacity tMask + 1 (a power of two), tCount entries.
  var tMask = 0, tCount = 0;

  // FNV-1a over HU8[ptr .. ptr+len).
  function fnv1a(ptr, len) {
    ptr = ptr | 0; len = len | 0;
    var h = -2128831035, end = 0;
    for (end = (ptr + len) | 0; (ptr | 0) < (end | 0); ptr = (ptr + 1) | 0)
      h = imul(h ^ (HU8[ptr] | 0), 16777619) | 0;
    return h | 0;
  }

  // The 32-bit finaliser of MurmurHash3.
  function mix(h) {
    h = h | 0;
    h = imul(h ^ (h >>> 16), -2048144789) | 0;   // 0x85EBCA6B
    h = imul(h ^ (h >>> 13), -1028477387) | 0;   // 0xC2B2AE35
    return (h ^ (h >>> 16)) | 0;
  }

  // Mix every 32-bit word of H32[ptr>>2 .. (ptr>>2)+n) in place; returns their xor.
  function mixWords(ptr, n) {
    ptr = ptr | 0; n = n | 0;
    var i = 0, acc = 0, w = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      w = mix(H32[(ptr + (i << 2)) >> 2] | 0) | 0;
      H32[(ptr + (i << 2)) >> 2] = w;
      acc = acc ^ w;
    }
    return acc | 0;
  }

  // The little-endian word at byte p, which need not be aligned.
  function load32(p) {
    p = p | 0;
    return HU8[p] | (HU8[(p + 1) | 0] << 8) | (HU8[(p + 2) | 0] << 16) | (HU8[(p + 3) | 0] << 24);
  }

  // MurmurHash3 x86_32 of len bytes at ptr (a negative len counts as 0);
  // c1 = 0xCC9E2D51, c2 = 0x1B873593, h = h * 5 + 0xE6546B64.
  function murmur3(ptr, len, seed) {
    ptr = ptr | 0; len = len | 0; seed = seed | 0;
    var h = 0, k = 0, end = 0, r = 0;
    if ((len | 0) < 0) len = 0;
    h = seed;
    for (end = (ptr + (len & -4)) | 0; (ptr | 0) < (end | 0); ptr = (ptr + 4) | 0) {
      k = imul(load32(ptr) | 0, -862048943) | 0;
      k = imul((k << 15) | (k >>> 17), 461845907) | 0;
      h = h ^ k;
      h = ((imul((h << 13) | (h >>> 19), 5) | 0) + -430675100) | 0;
    }
    // The last one to three bytes, as a partial little-endian word.
    r = len & 3;
    if (r) {
      if ((r | 0) == 3) k = HU8[(ptr + 2) | 0] << 16; else k = 0;
      if ((r | 0) >= 2) k = k | (HU8[(ptr + 1) | 0] << 8);
      k = imul(k | HU8[ptr], -862048943) | 0;
      h = h ^ imul((k << 15) | (k >>> 17), 461845907);
    }
    return mix(h ^ len) | 0;
  }

  // One lane of xxHash32's stripe loop: v = rotl(v + w * P2, 13) * P1.
  function xxRound(v, w) {
    v = v | 0; w = w | 0;
    v = (v + (imul(w, -2048144777) | 0)) | 0;
    return imul((v << 13) | (v >>> 19), -1640531535) | 0;
  }

  // xxHash32 of len bytes at ptr (a negative len counts as 0). The primes:
  // P1 0x9E3779B1, P2 0x85EBCA77, P3 0xC2B2AE3D, P4 0x27D4EB2F, P5 0x165667B1.
  function xxh32(ptr, len, seed) {
    ptr = ptr | 0; len = len | 0; seed = seed | 0;
    var h = 0, v1 = 0, v2 = 0, v3 = 0, v4 = 0, end = 0, last = 0;
    if ((len | 0) < 0) len = 0;
    end = (ptr + len) | 0;
    if ((len | 0) >= 16) {
      v1 = (seed + -1640531535 + -2048144777) | 0;  v2 = (seed + -2048144777) | 0;
      v3 = seed;                                    v4 = (seed + 1640531535) | 0;
      last = (end - 16) | 0;
      do {
        v1 = xxRound(v1, load32(ptr) | 0) | 0;
        v2 = xxRound(v2, load32((ptr + 4) | 0) | 0) | 0;
        v3 = xxRound(v3, load32((ptr + 8) | 0) | 0) | 0;
        v4 = xxRound(v4, load32((ptr + 12) | 0) | 0) | 0;
        ptr = (ptr + 16) | 0;
      } while ((ptr | 0) <= (last | 0));
      h = (((v1 << 1) | (v1 >>> 31)) + ((v2 << 7) | (v2 >>> 25)) +
           ((v3 << 12) | (v3 >>> 20)) + ((v4 << 18) | (v4 >>> 14))) | 0;
    } else h = (seed + 374761393) | 0;
    h = (h + len) | 0;
    for (; ((ptr + 4) | 0) <= (end | 0); ptr = (ptr + 4) | 0) {
      h = (h + (imul(load32(ptr) | 0, -1028477379) | 0)) | 0;
      h = imul((h << 17) | (h >>> 15), 668265263) | 0;
    }
    for (; (ptr | 0) < (end | 0); ptr = (ptr + 1) | 0) {
      h = (h + (imul(HU8[ptr] | 0, 374761393) | 0)) | 0;
      h = imul((h << 11) | (h >>> 21), -1640531535) | 0;
    }
    h = imul(h ^ (h >>> 15), -2048144777) | 0;
    h = imul(h ^ (h >>> 13), -1028477379) | 0;
    return (h ^ (h >>> 16)) | 0;
  }

  // Bob Jenkins' one-at-a-time hash of len bytes at ptr.
  function oaat(ptr, len) {
    ptr = ptr | 0; len = len | 0;
    var h = 0, end = 0;
    for (end = (ptr + len) | 0; (ptr | 0) < (end | 0); ptr = (ptr + 1) | 0) {
      h = (h + (HU8[ptr] | 0)) | 0;
      h = (h + (h << 10)) | 0;
      h = h ^ (h >>> 6);
    }
    h = (h + (h << 3)) | 0;
    h = h ^ (h >>> 11);
    return (h + (h << 15)) | 0;
  }

  // String hashes of the NUL-terminated bytes at ptr: djb2 (h * 33 + c)
  // and sdbm (h * 65599 + c).
  function djb2(ptr) {
    ptr = ptr | 0;
    var h = 5381;
    for (; HU8[ptr] | 0; ptr = (ptr + 1) | 0) h = ((h << 5) + h + (HU8[ptr] | 0)) | 0;
    return h | 0;
  }

  function sdbm(ptr) {
    ptr = ptr | 0;
    var h = 0;
    for (; HU8[ptr] | 0; ptr = (ptr + 1) | 0) h = ((HU8[ptr] | 0) + (h << 6) + (h << 16) - h) | 0;
    return h | 0;
  }

  // ---- the table ----------------------------------------------------------

  // Empty the table; returns how many entries it held.
  function tableClear() {
    var i = 0, n = 0;
    for (i = 0; (i | 0) <= (tMask | 0); i = (i + 1) | 0) HU8[(STATE + i) | 0] = 0;
    n = tCount; tCount = 0;
    return n | 0;
  }

  // An empty table of 2^logCap slots (0 <= logCap <= MAXLOG); returns that.
  function tableInit(logCap) {
    logCap = logCap | 0;
    if ((logCap | 0) < 0) logCap = 0;
    if ((logCap | 0) > (MAXLOG | 0)) logCap = MAXLOG;
    tMask = ((1 << logCap) - 1) | 0;
    tableClear() | 0;
    return (tMask + 1) | 0;
  }

  function tableCount() { return tCount | 0; }

  // The slot holding key, or -1 (found empty, or went round a full table).
  function tableFind(key) {
    key = key | 0;
    var i = 0, n = 0;
    i = (mix(key) | 0) & tMask;
    for (n = 0; (n | 0) <= (tMask | 0); n = (n + 1) | 0) {
      if ((HU8[(STATE + i) | 0] | 0) == 0) return -1;
      if ((H32[(KEYS + (i << 2)) >> 2] | 0) == (key | 0)) return i | 0;
      i = (i + 1) & tMask;
    }
    return -1;
  }

  // Set key to val: 1 if key is new, 0 if it was there, -1 if it is not and the table is full.
  function tableInsert(key, val) {
    key = key | 0; val = val | 0;
    var i = 0, n = 0;
    i = (mix(key) | 0) & tMask;
    for (n = 0; (HU8[(STATE + i) | 0] | 0) != 0; n = (n + 1) | 0) {
      if ((H32[(KEYS + (i << 2)) >> 2] | 0) == (key | 0)) { H32[(VALS + (i << 2)) >> 2] = val; return 0; }
      if ((n | 0) == (tMask | 0)) return -1;
      i = (i + 1) & tMask;
    }
    HU8[(STATE + i) | 0] = 1;
    H32[(KEYS + (i << 2)) >> 2] = key;
    H32[(VALS + (i << 2)) >> 2] = val;
    tCount = (tCount + 1) | 0;
    return 1;
  }

  // The value of key, or dflt if it is absent.
  function tableLookup(key, dflt) {
    key = key | 0; dflt = dflt | 0;
    var i = 0;
    i = tableFind(key) | 0;
    if ((i | 0) < 0) return dflt | 0;
    return H32[(VALS + (i << 2)) >> 2] | 0;
  }

  // Remove key: 1 if it was there, else 0. Each later entry of the run whose home
  // slot is not in the cyclic range (hole, j] moves back into the hole.
  function tableRemove(key) {
    key = key | 0;
    var i = 0, j = 0, k = 0;
    i = tableFind(key) | 0;
    if ((i | 0) < 0) return 0;
    HU8[(STATE + i) | 0] = 0;
    for (j = (i + 1) & tMask; HU8[(STATE + j) | 0] | 0; j = (j + 1) & tMask) {
      k = (mix(H32[(KEYS + (j << 2)) >> 2] | 0) | 0) & tMask;
      if ((((j - k) | 0) & tMask) >= (((j - i) | 0) & tMask)) {
        H32[(KEYS + (i << 2)) >> 2] = H32[(KEYS + (j << 2)) >> 2];
        H32[(VALS + (i << 2)) >> 2] = H32[(VALS + (j << 2)) >> 2];
        HU8[(STATE + i) | 0] = 1; HU8[(STATE + j) | 0] = 0;
        i = j;
      }
    }
    tCount = (tCount - 1) | 0;
    return 1;
  }

  // The invariants, 0 if they hold: 1 a wrong count, 2 an entry not the first found
  // probing from its home slot (a gap or a duplicate), 4 a bad state byte.
  function tableCheck() {
    var i = 0, s = 0, full = 0, bad = 0;
    for (i = 0; (i | 0) <= (tMask | 0); i = (i + 1) | 0) {
      s = HU8[(STATE + i) | 0] | 0;
      if ((s | 0) == 0) continue;
      if ((s | 0) != 1) bad = bad | 4;
      full = (full + 1) | 0;
      if ((tableFind(H32[(KEYS + (i << 2)) >> 2] | 0) | 0) != (i | 0)) bad = bad | 2;
    }
    if ((full | 0) != (tCount | 0)) bad = bad | 1;
    return bad | 0;
  }

  // A digest of the contents that does not depend on the slot order.
  function tableDigest() {
    var i = 0, d = 0;
    for (i = 0; (i | 0) <= (tMask | 0); i = (i + 1) | 0)
      if (HU8[(STATE + i) | 0] | 0)
        d = (d + (mix(H32[(KEYS + (i << 2)) >> 2] ^ imul(H32[(VALS + (i << 2)) >> 2] | 0, 65599)) | 0)) | 0;
    return (d ^ tCount) | 0;
  }

  // Insert n keys drawn from seed; returns the sum of tableInsert's answers.
  function tableFill(n, seed) {
    n = n | 0; seed = seed | 0;
    var i = 0, r = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0)
      r = (r + (tableInsert(mix((seed + i) | 0) | 0, i) | 0)) | 0;
    return r | 0;
  }

  // ---- inputs, the self test and the driver -------------------------------

  // len pseudo-random bytes at ptr (a 32-bit LCG, top byte); returns its state.
  function fillBytes(ptr, len, seed) {
    ptr = ptr | 0; len = len | 0; seed = seed | 0;
    var i = 0;
    for (i = 0; (i | 0) < (len | 0); i = (i + 1) | 0) {
      seed = ((imul(seed, 1103515245) | 0) + 12345) | 0;
      HU8[(ptr + i) | 0] = seed >>> 24;
    }
    return seed | 0;
  }

  // len printable bytes at ptr, a NUL after them and (gap > 0) after every gap bytes.
  function fillText(ptr, len, seed, gap) {
    ptr = ptr | 0; len = len | 0; seed = seed | 0; gap = gap | 0;
    var i = 0, c = 0;
    for (i = 0; (i | 0) < (len | 0); i = (i + 1) | 0) {
      seed = ((imul(seed, 1103515245) | 0) + 12345) | 0;
      c = (32 + (((seed >>> 16) & 32767) % 95 | 0)) | 0;
      if ((gap | 0) > 0) if ((((i + 1) | 0) % (gap | 0) | 0) == 0) c = 0;
      HU8[(ptr + i) | 0] = c;
    }
    HU8[(ptr + len) | 0] = 0;
    return len | 0;
  }

  // Known answers and table invariants; a bit per failed test, 0 if all pass.
  function selfTest() {
    var bad = 0, i = 0, k = 0, r = 0, key = 0, op = 0, had = 0, want = 0, live = 0, S = 0, P = 0, V = 0;
    // The test string (a copy at S + 257); the table's shadow: key present?, value.
    S = SCRATCH; P = (SCRATCH + 1024) | 0; V = (SCRATCH + 2048) | 0;
    // "The quick brown fox jumps over the lazy dog" (43 bytes) and a NUL.
    H32[S >> 2] = 543516756;           H32[(S + 4) >> 2] = 1667855729;
    H32[(S + 8) >> 2] = 1919033451;    H32[(S + 12) >> 2] = 544110447;
    H32[(S + 16) >> 2] = 544763750;    H32[(S + 20) >> 2] = 1886221674;
    H32[(S + 24) >> 2] = 1986994291;   H32[(S + 28) >> 2] = 1948283493;
    H32[(S + 32) >> 2] = 1814062440;   H32[(S + 36) >> 2] = 544832097;
    H32[(S + 40) >> 2] = 6778724;
    if (((murmur3(S, 43, 0) | 0) != 776992547) | ((murmur3(S, 0, 0) | 0) != 0) |
        ((murmur3(S, 0, -1) | 0) != -2114883783)) bad = bad | 1;
    if (((murmur3(S, 1, -1756908916) | 0) != 797403565) | ((murmur3(S, 2, -1756908916) | 0) != -2146337784) |
        ((murmur3(S, 3, -1756908916) | 0) != 455844413) | ((murmur3(S, 5, -1756908916) | 0) != 1749903765) |
        ((murmur3(S, 7, -1756908916) | 0) != 1270711746)) bad = bad | 2;
    if (((xxh32(S, 0, 0) | 0) != 46947589) | ((xxh32(S, 43, 0) | 0) != -396450594) |
        ((xxh32(S, 43, -1) | 0) != 1512702102)) bad = bad | 4;
    if (((xxh32(S, 15, -2147483648) | 0) != -1631614032) | ((xxh32(S, 16, -2147483648) | 0) != -219747879) |
        ((xxh32(S, 17, -2147483648) | 0) != 381781233) | ((xxh32(S, 32, -2147483648) | 0) != 484697251) |
        ((xxh32(S, 33, -2147483648) | 0) != -1339305445)) bad = bad | 8;
    if (((oaat(S, 43) | 0) != 1369346549) | ((oaat(S, 0) | 0) != 0)) bad = bad | 16;
    if (((djb2(S) | 0) != 885799134) | ((sdbm(S) | 0) != -1935183501) |
        ((djb2((S + 43) | 0) | 0) != 5381) | ((sdbm((S + 43) | 0) | 0) != 0) |
        ((djb2((S + 42) | 0) | 0) != 177676) | ((sdbm((S + 42) | 0) | 0) != 103)) bad = bad | 32;
    if (((fnv1a(S, 43) | 0) != 76545936) | ((fnv1a(S, 0) | 0) != -2128831035)) bad = bad | 64;
    H32[(S + 64) >> 2] = 0; H32[(S + 68) >> 2] = 1;
    if (((mix(0) | 0) != 0) | ((mix(-1) | 0) != -2114883783) |
        ((mixWords((S + 64) | 0, 2) | 0) != 1364076727) | ((H32[(S + 68) >> 2] | 0) != 1364076727)) bad = bad | 128;
    // The same bytes at an odd address hash the same.
    for (i = 0; (i | 0) < 44; i = (i + 1) | 0) HU8[(S + 257 + i) | 0] = HU8[(S + i) | 0] | 0;
    if (((murmur3((S + 257) | 0, 43, 0) | 0) != 776992547) | ((xxh32((S + 257) | 0, 43, 0) | 0) != -396450594) |
        ((djb2((S + 257) | 0) | 0) != 885799134) | ((oaat((S + 257) | 0, 43) | 0) != 1369346549)) bad = bad | 256;
    // The table's basic operations, INT_MIN and 0 as keys included.
    tableInit(4) | 0;
    if (((tableInsert(5, 50) | 0) != 1) | ((tableInsert(-2147483648, 7) | 0) != 1) |
        ((tableInsert(0, 9) | 0) != 1) | ((tableInsert(5, 55) | 0) != 0) |
        ((tableLookup(5, -1) | 0) != 55) | ((tableLookup(0, -1) | 0) != 9) |
        ((tableLookup(-2147483648, -1) | 0) != 7) | ((tableLookup(6, -1) | 0) != -1) |
        ((tableCount() | 0) != 3) | ((tableRemove(5) | 0) != 1) | ((tableRemove(5) | 0) != 0) |
        ((tableLookup(5, -1) | 0) != -1) | ((tableLookup(0, 0) | 0) != 9) | ((tableCount() | 0) != 2) |
        ((tableCheck() | 0) != 0) | ((tableClear() | 0) != 2) | ((tableLookup(0, -1) | 0) != -1)) bad = bad | 512;
    // A full table: refuses new keys, still updates, finds nothing missing.
    tableInit(2) | 0;
    for (i = 1; (i | 0) <= 4; i = (i + 1) | 0) r = r | ((tableInsert(i, imul(i, 10)) | 0) ^ 1);
    if (r | ((tableInsert(5, 50) | 0) != -1) | ((tableInsert(3, 33) | 0) != 0) |
        ((tableLookup(3, 0) | 0) != 33) | ((tableLookup(99, -7) | 0) != -7) | ((tableRemove(99) | 0) != 0) |
        ((tableCount() | 0) != 4) | ((tableCheck() | 0) != 0) | ((tableRemove(2) | 0) != 1) |
        ((tableInsert(5, 50) | 0) != 1) | ((tableLookup(4, 0) | 0) != 40) | ((tableCheck() | 0) != 0)) bad = bad | 1024;
    // Random operations on 400 keys in 256 slots (often full), against the shadow.
    tableInit(8) | 0;
    for (i = 0; (i | 0) < 400; i = (i + 1) | 0) HU8[(P + i) | 0] = 0;
    for (i = 0; (i | 0) < 4000; i = (i + 1) | 0) {
      r = mix((i + 12345) | 0) | 0;
      k = ((r >>> 2) % 400) | 0;
      key = (k - 200) | 0;
      op = r & 3;
      had = HU8[(P + k) | 0] | 0;
      if ((op | 0) < 2) {           // insert: 0 if there, else 1 unless full
        want = had ? 0 : ((tableCount() | 0) < 256 ? 1 : -1);
        if ((tableInsert(key, i) | 0) != (want | 0)) bad = bad | 2048;
        if ((want | 0) >= 0) { HU8[(P + k) | 0] = 1; H32[(V + (k << 2)) >> 2] = i; }
      } else if ((op | 0) == 2) {
        if ((tableRemove(key) | 0) != (had | 0)) bad = bad | 2048;
        HU8[(P + k) | 0] = 0;
      } else if ((tableLookup(key, -1) | 0) != ((had ? H32[(V + (k << 2)) >> 2] | 0 : -1) | 0)) bad = bad | 2048;
      if ((i & 127) == 127) if (tableCheck() | 0) bad = bad | 4096;
    }
    for (i = 0; (i | 0) < 400; i = (i + 1) | 0) live = (live + (HU8[(P + i) | 0] | 0)) | 0;
    if (((live | 0) != (tableCount() | 0)) | ((tableCheck() | 0) != 0)) bad = bad | 4096;
    return bad | 0;
  }

  // The self test, n words mixed, n/16 slices of them hashed, n/64 strings hashed,
  // and n random operations on 3000 keys in the table: a checksum of it all.
  function main(n) {
    n = n | 0;
    var i = 0, x = 1, acc = 0, bad = 0, r = 0, p = 0, len = 0, key = 0, op = 0;
    if ((n | 0) < 0) n = 0;
    bad = selfTest() | 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      x = mix((x + i) | 0) | 0;
      H32[(DATA + ((i << 2) & 16383)) >> 2] = x;
    }
    acc = (fnv1a(DATA, 16384) | 0) ^ (mixWords(DATA, 64) | 0);
    for (i = 0; (i | 0) < (n >> 4); i = (i + 1) | 0) {
      r = mix((i ^ -1640531535) | 0) | 0;
      p = (DATA + (r & 16127)) | 0;
      len = r >>> 24;
      acc = murmur3(p, len, acc) | 0;
      acc = (acc + (xxh32(p, len, i) | 0)) | 0;
      acc = acc ^ (oaat(p, len & 31) | 0);
    }
    fillText(TEXT, 8191, n, 29) | 0;
    for (i = 0; (i | 0) < (n >> 6); i = (i + 1) | 0) {
      p = (TEXT + ((mix(i) | 0) & 8191)) | 0;
      acc = (imul(acc, 31) + (djb2(p) | 0)) | 0;
      acc = acc ^ ((sdbm(p) | 0) << 1);
    }
    tableInit(MAXLOG) | 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      r = mix((i + n) | 0) | 0;
      key = (((r >>> 2) % 3000 | 0) - 1500) | 0;
      op = r & 3;
      if ((op | 0) < 2) acc = (acc + (tableInsert(key, i) | 0)) | 0;
      else if ((op | 0) == 2) acc = acc ^ (tableLookup(key, -1) | 0);
      else acc = (acc + (tableRemove(key) | 0)) | 0;
    }
    if (tableCheck() | 0) bad = bad | 65536;
    return (acc ^ (tableDigest() | 0) ^ imul(bad, 1000003)) | 0;
  }

  return {
    main: main, selfTest: selfTest, fnv1a: fnv1a, mix: mix, mixWords: mixWords,
    murmur3: murmur3, xxh32: xxh32, oaat: oaat, djb2: djb2, sdbm: sdbm,
    tableInit: tableInit, tableClear: tableClear, tableCount: tableCount,
    tableInsert: tableInsert, tableLookup: tableLookup,
    tableRemove: tableRemove, tableCheck: tableCheck, tableDigest: tableDigest,
    tableFill: tableFill, fillBytes: fillBytes, fillText: fillText
  };
}
var HashLib = M(globalThis, {}, new ArrayBuffer(0x10000));
if (typeof module !== "undefined") module.exports = M;
