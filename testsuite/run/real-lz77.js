// an LZ77 compressor (hash chains, optional lazy matching) and its decompressor, round-tripping generated text, noise and runs
// heap: 1048576
// run: roundtrip(0, 100000, 16, 0)
// run: stats()
// run: adler(100000)
// run: roundtrip(0, 100000, 64, 1)
// run: stats()
// run: roundtrip(1, 20000, 8, 1)
// run: roundtrip(2, 131072, 32, 0)
// run: roundtrip(3, 50000, 4, 1)
// run: roundtrip(0, 0, 8, 0)
// run: roundtrip(3, 2, 8, 1)
// run: roundtrip(0, -7, 8, 1)
// run: corrupt(3000, 100000)
function M(stdlib, foreign, heap) {
  "use asm";

  var U8 = new stdlib.Uint8Array(heap);
  var U16 = new stdlib.Uint16Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var imul = stdlib.Math.imul;
  var report = foreign.report;

  // The memory map (byte offsets).
  var DICT = 1024;       // 64 words of 16 bytes: a length byte, then letters
  var HEAD = 16384;      // 4096 int32: the last position + 1 with this hash
  var IN = 65536;        // the input, up to MAX_LEN bytes
  var COMP = 262144;     // the compressed stream
  var OUT = 524288;      // the decompressed copy
  var PREV = 786432;     // 32768 uint16: the distance back along the chain
  var MAX_LEN = 131072;
  var WMASK = 32767;
  var MAX_MATCH = 258;

  var seed = 1;
  var matchLen = 0;
  var matchDist = 0;
  var nMatches = 0;
  var nLiterals = 0;

  function rnd(n) {
    n = n | 0;
    seed = (imul(seed, 1664525) + 1013904223) | 0;
    return ((seed >>> 8) % (n >>> 0)) | 0;
  }

  // ---- the inputs ----------------------------------------------------------

  function makeDict() {
    var w = 0, len = 0, j = 0, p = 0;
    for (w = 0; (w | 0) < 64; w = (w + 1) | 0) {
      p = (DICT + (w << 4)) | 0;
      len = (2 + (rnd(8) | 0)) | 0;
      U8[p] = len;
      for (j = 1; (j | 0) <= (len | 0); j = (j + 1) | 0) U8[(p + j) | 0] = (97 + (rnd(26) | 0)) | 0;
    }
  }

  // Kind 0: text of dictionary words (common words more often), 1: noise,
  // 2: runs of one byte, 3: a 40-byte motif with rare mutations.
  function generate(kind, n) {
    kind = kind | 0;
    n = n | 0;
    var i = 0, j = 0, w = 0, len = 0, b = 0;
    seed = (kind + 12345) | 0;
    makeDict();
    while ((i | 0) < (n | 0)) {
      switch (kind | 0) {
        case 0:
          w = imul(rnd(64) | 0, rnd(64) | 0) >> 6;
          len = U8[(DICT + (w << 4)) | 0] | 0;
          for (j = 1; ((j | 0) <= (len | 0)) & ((i | 0) < (n | 0)); j = (j + 1) | 0) {
            U8[(IN + i) | 0] = U8[(DICT + (w << 4) + j) | 0] | 0;
            i = (i + 1) | 0;
          }
          if ((i | 0) < (n | 0)) {
            b = rnd(16) | 0;
            U8[(IN + i) | 0] = (b | 0) == 0 ? 10 : (b | 0) == 1 ? 44 : 32;
            i = (i + 1) | 0;
          }
          break;
        case 1:
          U8[(IN + i) | 0] = rnd(256) | 0;
          i = (i + 1) | 0;
          break;
        case 2:
          b = rnd(256) | 0;
          for (len = (1 + (rnd(300) | 0)) | 0; ((len | 0) > 0) & ((i | 0) < (n | 0)); len = (len - 1) | 0) {
            U8[(IN + i) | 0] = b;
            i = (i + 1) | 0;
          }
          break;
        default:
          if ((i | 0) < 40) U8[(IN + i) | 0] = (33 + (rnd(90) | 0)) | 0;
          else if ((rnd(97) | 0) == 0) U8[(IN + i) | 0] = rnd(256) | 0;
          else U8[(IN + i) | 0] = U8[(IN + i - 40) | 0] | 0;
          i = (i + 1) | 0;
      }
    }
  }

  // ---- the compressor --------------------------------------------------------

  function hash3(p) {
    p = p | 0;
    var x = 0;
    x = (U8[p] << 16) | (U8[(p + 1) | 0] << 8) | U8[(p + 2) | 0];
    return (imul(x, -1640531535) >>> 20) | 0;
  }

  // Enter position `pos` (of an input of n bytes) in its hash chain.
  function insert(pos, n) {
    pos = pos | 0;
    n = n | 0;
    var h = 0, last = 0, d = 0;
    if (((pos + 3) | 0) > (n | 0)) return;
    h = hash3((IN + pos) | 0) | 0;
    last = H32[(HEAD + (h << 2)) >> 2] | 0;
    if ((last | 0) > 0) {
      d = (pos - last + 1) | 0;
      if ((d | 0) > (WMASK | 0)) d = 0;
    }
    U16[(PREV + ((pos & WMASK) << 1)) >> 1] = d;
    H32[(HEAD + (h << 2)) >> 2] = (pos + 1) | 0;
  }

  // The longest earlier match for `pos` within the window, trying at most
  // `chain` candidates; sets matchLen (0 below 3) and matchDist.
  function findMatch(pos, n, chain) {
    pos = pos | 0;
    n = n | 0;
    chain = chain | 0;
    var cand = 0, len = 0, max = 0, best = 0, d = 0;
    matchLen = 0;
    matchDist = 0;
    if (((pos + 3) | 0) > (n | 0)) return 0;
    max = (n - pos) | 0;
    if ((max | 0) > (MAX_MATCH | 0)) max = MAX_MATCH;
    cand = ((H32[(HEAD + ((hash3((IN + pos) | 0) | 0) << 2)) >> 2] | 0) - 1) | 0;
    while (((cand | 0) >= 0) & ((chain | 0) > 0)) {
      if (((pos - cand) | 0) > (WMASK | 0)) break;
      chain = (chain - 1) | 0;
      len = 0;
      while ((len | 0) < (max | 0)) {
        if ((U8[(IN + cand + len) | 0] | 0) != (U8[(IN + pos + len) | 0] | 0)) break;
        len = (len + 1) | 0;
      }
      if ((len | 0) > (best | 0)) {
        best = len;
        matchDist = (pos - cand) | 0;
        if ((len | 0) >= (max | 0)) break;
      }
      d = U16[(PREV + ((cand & WMASK) << 1)) >> 1] | 0;
      if ((d | 0) == 0) break;
      cand = (cand - d) | 0;
    }
    if ((best | 0) < 3) best = 0;
    matchLen = best;
    return best | 0;
  }

  // Compress n input bytes into COMP: a flag byte before every 8 items, bit
  // k set when item k is a match (length - 3, distance low, distance high),
  // clear for a literal byte. Returns the compressed size.
  function compress(n, chain, lazy) {
    n = n | 0;
    chain = chain | 0;
    lazy = lazy | 0;
    var i = 0, pos = 0, out = 0, flagAt = 0, flags = 0, items = 0, len = 0, dist = 0, done = 0;
    for (i = 0; (i | 0) < 4096; i = (i + 1) | 0) H32[(HEAD + (i << 2)) >> 2] = 0;
    nMatches = 0;
    nLiterals = 0;
    if ((n | 0) <= 0) return 0;
    flagAt = COMP;
    out = (COMP + 1) | 0;
    while ((pos | 0) < (n | 0)) {
      if ((items | 0) == 8) {
        U8[flagAt] = flags;
        flagAt = out;
        out = (out + 1) | 0;
        flags = 0;
        items = 0;
      }
      len = findMatch(pos, n, chain) | 0;
      dist = matchDist;
      done = 0;
      if (lazy & ((len | 0) >= 3) & ((len | 0) < 32)) {
        insert(pos, n);
        done = 1;
        if ((findMatch((pos + 1) | 0, n, chain) | 0) > (len | 0)) len = 0;
      }
      if ((len | 0) >= 3) {
        flags = flags | (1 << items);
        U8[out] = (len - 3) | 0;
        U8[(out + 1) | 0] = dist;
        U8[(out + 2) | 0] = dist >> 8;
        out = (out + 3) | 0;
        for (i = done; (i | 0) < (len | 0); i = (i + 1) | 0) insert((pos + i) | 0, n);
        pos = (pos + len) | 0;
        nMatches = (nMatches + 1) | 0;
      } else {
        U8[out] = U8[(IN + pos) | 0] | 0;
        out = (out + 1) | 0;
        if (!done) insert(pos, n);
        pos = (pos + 1) | 0;
        nLiterals = (nLiterals + 1) | 0;
      }
      items = (items + 1) | 0;
    }
    U8[flagAt] = flags;
    return (out - COMP) | 0;
  }

  // ---- the decompressor ------------------------------------------------------

  // Rebuild n bytes at OUT from `size` compressed bytes. Returns the bytes
  // consumed, -1 for a distance before the start, -2 for a short stream.
  function decompress(size, n) {
    size = size | 0;
    n = n | 0;
    var ip = 0, op = 0, end = 0, stop = 0, flags = 0, bit = 0, len = 0, dist = 0;
    ip = COMP;
    op = OUT;
    end = (COMP + size) | 0;
    stop = (OUT + n) | 0;
    while ((op | 0) < (stop | 0)) {
      if ((ip | 0) >= (end | 0)) return -2;
      flags = U8[ip] | 0;
      ip = (ip + 1) | 0;
      for (bit = 0; ((bit | 0) < 8) & ((op | 0) < (stop | 0)); bit = (bit + 1) | 0) {
        if ((ip | 0) >= (end | 0)) return -2;
        if (flags & (1 << bit)) {
          len = ((U8[ip] | 0) + 3) | 0;
          dist = U8[(ip + 1) | 0] | (U8[(ip + 2) | 0] << 8);
          ip = (ip + 3) | 0;
          if (((dist | 0) == 0) | ((dist | 0) > ((op - OUT) | 0))) return -1;
          if (((op + len) | 0) > (stop | 0)) len = (stop - op) | 0;
          for (; (len | 0) > 0; len = (len - 1) | 0) {
            U8[op] = U8[(op - dist) | 0] | 0;
            op = (op + 1) | 0;
          }
        } else {
          U8[op] = U8[ip] | 0;
          ip = (ip + 1) | 0;
          op = (op + 1) | 0;
        }
      }
    }
    return (ip - COMP) | 0;
  }

  // The index of the first byte where OUT differs from IN, or -1.
  function firstDiff(n) {
    n = n | 0;
    var i = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      if ((U8[(IN + i) | 0] | 0) != (U8[(OUT + i) | 0] | 0)) return i | 0;
    }
    return -1;
  }

  function clampLen(n) {
    n = n | 0;
    if ((n | 0) < 0) return 0;
    if ((n | 0) > (MAX_LEN | 0)) return MAX_LEN | 0;
    return n | 0;
  }

  // Generate, compress, decompress and compare; the compressed size when
  // the copy is exact, else -1 (the first difference is reported).
  function roundtrip(kind, n, chain, lazy) {
    kind = kind | 0;
    n = n | 0;
    chain = chain | 0;
    lazy = lazy | 0;
    var size = 0, used = 0, diff = 0;
    n = clampLen(n) | 0;
    generate(kind, n);
    size = compress(n, chain, lazy) | 0;
    for (diff = 0; (diff | 0) < (n | 0); diff = (diff + 1) | 0) U8[(OUT + diff) | 0] = 0;
    used = decompress(size, n) | 0;
    diff = firstDiff(n) | 0;
    if (((used | 0) != (size | 0)) | ((diff | 0) != -1)) {
      report(used | 0, diff | 0);
      return -1;
    }
    return size | 0;
  }

  function stats() {
    return ((nMatches << 16) ^ nLiterals) | 0;
  }

  // Adler-32 of the first n input bytes.
  function adler(n) {
    n = n | 0;
    var a = 1, b = 0, i = 0;
    n = clampLen(n) | 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      a = ((a + (U8[(IN + i) | 0] | 0)) >>> 0) % 65521 | 0;
      b = ((b + a) >>> 0) % 65521 | 0;
    }
    return (b << 16) | a;
  }

  // Compress text, flip a byte of the stream at `at` and decompress: the
  // decoder's verdict times 2^20 plus the count of wrong output bytes.
  function corrupt(at, n) {
    at = at | 0;
    n = n | 0;
    var size = 0, used = 0, i = 0, wrong = 0;
    n = clampLen(n) | 0;
    generate(0, n);
    size = compress(n, 16, 0) | 0;
    if ((at | 0) < 0) at = 0;
    if ((at | 0) >= (size | 0)) at = (size - 1) | 0;
    U8[(COMP + at) | 0] = (U8[(COMP + at) | 0] | 0) ^ 0x5a;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) U8[(OUT + i) | 0] = 0;
    used = decompress(size, n) | 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      wrong = (wrong + ((U8[(IN + i) | 0] | 0) != (U8[(OUT + i) | 0] | 0))) | 0;
    }
    return ((used << 20) + wrong) | 0;
  }

  return { roundtrip: roundtrip, stats: stats, adler: adler, corrupt: corrupt };
}
