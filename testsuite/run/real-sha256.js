// SHA-256 and HMAC-SHA-256 over heap bytes, the round constants derived at init from the primes' cube and square roots
// heap: 262144
// run: init()
// run: sha(0, 3)
// run: digest(7)
// run: sha(0, 0)
// run: sha(1, 55)
// run: sha(1, 56)
// run: sha(1, 64)
// run: sha(2, 100000)
// run: chain(200)
// run: hmac(20, 1000)
// run: hmac(131, 50)
// run: sha(1, -5)
function M(stdlib, foreign, heap) {
  "use asm";

  var U8 = new stdlib.Uint8Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  var imul = stdlib.Math.imul;
  var sqrt = stdlib.Math.sqrt;
  var floor = stdlib.Math.floor;
  var log = foreign.log;

  // The memory map (byte offsets).
  var KTAB = 0;        // 64 round constants
  var HINIT = 256;     // 8 initial hash words
  var STATE = 288;     // 8 working hash words
  var W = 320;         // the 64-word message schedule
  var PRIMES = 576;    // the first 64 primes
  var DIGEST = 832;    // the last digest, 32 bytes, big-endian
  var SIEVE = 1024;    // 320 flags
  var ROOTS = 1536;    // 64 doubles: the cube roots
  var KEY = 2048;      // HMAC key, up to 64 bytes after hashing
  var OUTER = 2304;    // opad || inner digest, with room for padding (256 bytes)
  var PAD = 4032;      // 64 bytes of ipad right before MSG
  var MSG = 4096;      // the message, with room for padding
  var MSG_MAX = 200000;

  var seed = 1;

  // ---- the constants -------------------------------------------------------

  function fillPrimes() {
    var i = 0, j = 0, n = 0;
    for (i = 0; (i | 0) < 320; i = (i + 1) | 0) U8[(SIEVE + i) | 0] = 0;
    for (i = 2; (n | 0) < 64; i = (i + 1) | 0) {
      if (U8[(SIEVE + i) | 0] | 0) continue;
      H32[(PRIMES + (n << 2)) >> 2] = i;
      n = (n + 1) | 0;
      for (j = imul(i, i) | 0; (j | 0) < 320; j = (j + i) | 0) U8[(SIEVE + j) | 0] = 1;
    }
    return n | 0;
  }

  // The cube root by Newton's method; a hundred steps from x/3 + 1 settle.
  function cbrt(x) {
    x = +x;
    var y = 0.0, i = 0;
    y = x / 3.0 + 1.0;
    for (i = 0; (i | 0) < 100; i = (i + 1) | 0) y = (2.0 * y + x / (y * y)) / 3.0;
    return +y;
  }

  // The first 32 bits of the fraction, as ToInt32 wraps them.
  function fracBits(x) {
    x = +x;
    return ~~((x - +floor(x)) * 4294967296.0) | 0;
  }

  function init() {
    var i = 0, p = 0, x = 0;
    fillPrimes() | 0;
    for (i = 0; (i | 0) < 64; i = (i + 1) | 0) {
      p = H32[(PRIMES + (i << 2)) >> 2] | 0;
      F64[(ROOTS + (i << 3)) >> 3] = +cbrt(+(p | 0));
      H32[(KTAB + (i << 2)) >> 2] = fracBits(+F64[(ROOTS + (i << 3)) >> 3]) | 0;
      x = x ^ (H32[(KTAB + (i << 2)) >> 2] | 0);
    }
    for (i = 0; (i | 0) < 8; i = (i + 1) | 0) {
      p = H32[(PRIMES + (i << 2)) >> 2] | 0;
      H32[(HINIT + (i << 2)) >> 2] = fracBits(+sqrt(+(p | 0))) | 0;
      x = (x + (H32[(HINIT + (i << 2)) >> 2] | 0)) | 0;
    }
    log(H32[(KTAB + 252) >> 2] | 0);
    return x | 0;
  }

  // ---- the compression function -------------------------------------------

  function rotr(x, n) {
    x = x | 0;
    n = n | 0;
    return (x >>> n) | (x << (32 - n));
  }

  function load32be(p) {
    p = p | 0;
    return (U8[p] << 24) | (U8[(p + 1) | 0] << 16) | (U8[(p + 2) | 0] << 8) | U8[(p + 3) | 0];
  }

  function store32be(p, v) {
    p = p | 0;
    v = v | 0;
    U8[p] = v >>> 24;
    U8[(p + 1) | 0] = v >>> 16;
    U8[(p + 2) | 0] = v >>> 8;
    U8[(p + 3) | 0] = v;
  }

  function compress(p) {
    p = p | 0;
    var i = 0, w = 0, v = 0, s0 = 0, s1 = 0, t1 = 0, t2 = 0;
    var a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0;
    for (i = 0; (i | 0) < 16; i = (i + 1) | 0) {
      H32[(W + (i << 2)) >> 2] = load32be((p + (i << 2)) | 0) | 0;
    }
    for (i = 16; (i | 0) < 64; i = (i + 1) | 0) {
      w = H32[(W + ((i - 15) << 2)) >> 2] | 0;
      v = H32[(W + ((i - 2) << 2)) >> 2] | 0;
      s0 = (rotr(w, 7) | 0) ^ (rotr(w, 18) | 0) ^ (w >>> 3);
      s1 = (rotr(v, 17) | 0) ^ (rotr(v, 19) | 0) ^ (v >>> 10);
      H32[(W + (i << 2)) >> 2] = ((H32[(W + ((i - 16) << 2)) >> 2] | 0) + s0 +
        (H32[(W + ((i - 7) << 2)) >> 2] | 0) + s1) | 0;
    }
    a = H32[STATE >> 2] | 0;
    b = H32[(STATE + 4) >> 2] | 0;
    c = H32[(STATE + 8) >> 2] | 0;
    d = H32[(STATE + 12) >> 2] | 0;
    e = H32[(STATE + 16) >> 2] | 0;
    f = H32[(STATE + 20) >> 2] | 0;
    g = H32[(STATE + 24) >> 2] | 0;
    h = H32[(STATE + 28) >> 2] | 0;
    for (i = 0; (i | 0) < 64; i = (i + 1) | 0) {
      s1 = (rotr(e, 6) | 0) ^ (rotr(e, 11) | 0) ^ (rotr(e, 25) | 0);
      t1 = (h + s1 + ((e & f) ^ (~e & g)) + (H32[(KTAB + (i << 2)) >> 2] | 0) +
        (H32[(W + (i << 2)) >> 2] | 0)) | 0;
      s0 = (rotr(a, 2) | 0) ^ (rotr(a, 13) | 0) ^ (rotr(a, 22) | 0);
      t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    H32[STATE >> 2] = ((H32[STATE >> 2] | 0) + a) | 0;
    H32[(STATE + 4) >> 2] = ((H32[(STATE + 4) >> 2] | 0) + b) | 0;
    H32[(STATE + 8) >> 2] = ((H32[(STATE + 8) >> 2] | 0) + c) | 0;
    H32[(STATE + 12) >> 2] = ((H32[(STATE + 12) >> 2] | 0) + d) | 0;
    H32[(STATE + 16) >> 2] = ((H32[(STATE + 16) >> 2] | 0) + e) | 0;
    H32[(STATE + 20) >> 2] = ((H32[(STATE + 20) >> 2] | 0) + f) | 0;
    H32[(STATE + 24) >> 2] = ((H32[(STATE + 24) >> 2] | 0) + g) | 0;
    H32[(STATE + 28) >> 2] = ((H32[(STATE + 28) >> 2] | 0) + h) | 0;
  }

  // Hash `len` bytes at `p` into DIGEST, padding in place (the 72 bytes after
  // the message are overwritten). Returns the digest's first word.
  function hashAt(p, len) {
    p = p | 0;
    len = len | 0;
    var i = 0, end = 0, total = 0;
    for (i = 0; (i | 0) < 32; i = (i + 4) | 0) {
      H32[(STATE + i) >> 2] = H32[(HINIT + i) >> 2];
    }
    end = (p + len) | 0;
    U8[end] = 0x80;
    total = (len + 9 + 63) & -64;
    for (i = (len + 1) | 0; (i | 0) < ((total - 8) | 0); i = (i + 1) | 0) U8[(p + i) | 0] = 0;
    store32be((p + total - 8) | 0, len >>> 29);
    store32be((p + total - 4) | 0, len << 3);
    for (i = 0; (i | 0) < (total | 0); i = (i + 64) | 0) compress((p + i) | 0);
    for (i = 0; (i | 0) < 8; i = (i + 1) | 0) {
      store32be((DIGEST + (i << 2)) | 0, H32[(STATE + (i << 2)) >> 2] | 0);
    }
    return H32[STATE >> 2] | 0;
  }

  // ---- the messages ----------------------------------------------------------

  function rand() {
    seed = (imul(seed, 1103515245) + 12345) | 0;
    return (seed >>> 16) & 255;
  }

  // Kind 0: "abcabc...", 1: pseudo-random bytes, 2: "aaa...".
  function genMsg(p, kind, len) {
    p = p | 0;
    kind = kind | 0;
    len = len | 0;
    var i = 0;
    seed = 7;
    for (i = 0; (i | 0) < (len | 0); i = (i + 1) | 0) {
      switch (kind | 0) {
        case 0: U8[(p + i) | 0] = (97 + ((i >>> 0) % 3 | 0)) | 0; break;
        case 1: U8[(p + i) | 0] = rand() | 0; break;
        default: U8[(p + i) | 0] = 97;
      }
    }
  }

  function clampLen(len) {
    len = len | 0;
    if ((len | 0) < 0) return 0;
    if ((len | 0) > (MSG_MAX | 0)) return MSG_MAX | 0;
    return len | 0;
  }

  function sha(kind, len) {
    kind = kind | 0;
    len = len | 0;
    len = clampLen(len) | 0;
    genMsg(MSG, kind, len);
    return hashAt(MSG, len) | 0;
  }

  function digest(i) {
    i = i | 0;
    return load32be((DIGEST + ((i & 7) << 2)) | 0) | 0;
  }

  // Hash the digest n times over; returns a fold of every intermediate first word.
  function chain(n) {
    n = n | 0;
    var i = 0, j = 0, acc = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      for (j = 0; (j | 0) < 32; j = (j + 1) | 0) U8[(MSG + j) | 0] = U8[(DIGEST + j) | 0] | 0;
      acc = imul(acc ^ (hashAt(MSG, 32) | 0), 16777619) | 0;
    }
    return acc | 0;
  }

  // HMAC-SHA-256 with key bytes (i * 7 + 1) and a pseudo-random message.
  function hmac(keyLen, msgLen) {
    keyLen = keyLen | 0;
    msgLen = msgLen | 0;
    var i = 0;
    msgLen = clampLen(msgLen) | 0;
    if ((keyLen | 0) < 0) keyLen = 0;
    if ((keyLen | 0) > 1000) keyLen = 1000;
    for (i = 0; (i | 0) < (keyLen | 0); i = (i + 1) | 0) U8[(MSG + i) | 0] = (imul(i, 7) + 1) | 0;
    if ((keyLen | 0) > 64) {
      hashAt(MSG, keyLen) | 0;
      for (i = 0; (i | 0) < 32; i = (i + 1) | 0) U8[(KEY + i) | 0] = U8[(DIGEST + i) | 0] | 0;
      keyLen = 32;
    } else {
      for (i = 0; (i | 0) < (keyLen | 0); i = (i + 1) | 0) U8[(KEY + i) | 0] = U8[(MSG + i) | 0] | 0;
    }
    for (i = keyLen; (i | 0) < 64; i = (i + 1) | 0) U8[(KEY + i) | 0] = 0;
    for (i = 0; (i | 0) < 64; i = (i + 1) | 0) {
      U8[(PAD + i) | 0] = (U8[(KEY + i) | 0] | 0) ^ 0x36;
      U8[(OUTER + i) | 0] = (U8[(KEY + i) | 0] | 0) ^ 0x5c;
    }
    genMsg(MSG, 1, msgLen);
    hashAt(PAD, (msgLen + 64) | 0) | 0;
    for (i = 0; (i | 0) < 32; i = (i + 1) | 0) U8[(OUTER + 64 + i) | 0] = U8[(DIGEST + i) | 0] | 0;
    return hashAt(OUTER, 96) | 0;
  }

  return { init: init, sha: sha, digest: digest, chain: chain, hmac: hmac };
}
