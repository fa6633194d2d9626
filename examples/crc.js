// Checksums and encodings over heap bytes, as a hand-tuned library of 2014
// would ship them: CRC-32 (the zlib/PNG polynomial) byte at a time and
// sliced by four with tables built at init, Adler-32 with zlib's NMAX
// blocking and unsigned remainders, and a base64 encoder and decoder with
// their alphabet tables in the heap. `selfTest` checks known answers.
// `asm2wasm examples/crc.js -o crc.wasm`.
// heap: 1048576
// run: main(1000)
// run: main(0)
// run: main(1)
// run: main(2)
// run: main(3)
// run: main(-9)
// run: init()
// run: selfTest()
// run: fillBytes(65536, 100, 7)
// run: crc32(65536, 100, 0)
// run: crc32x4(65536, 100, 0)
// run: crc32(65536, 37, 0)
// run: crc32(65573, 63, 1017309278)
// run: adler32(65536, 100, 1)
// run: adler32(65536, 0, 1)
// run: adler32(65536, 100, -1)
// run: b64Encode(65536, 100, 262144)
// run: b64Decode(262144, 136, 524288)
// run: crc32(524288, 100, 0)
// run: b64Encode(65536, 98, 262144)
// run: b64Decode(262144, 132, 524288)
// run: b64Decode(262144, 131, 524288)
// run: fillBytes(262144, 8, 3)
// run: b64Decode(262144, 8, 524288)
// run: main(65536)
// run: main(400000)
// bench: main(39321600)
function M(stdlib, foreign, heap) {
  "use asm";

  var HU8 = new stdlib.Uint8Array(heap);
  var HI8 = new stdlib.Int8Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var imul = stdlib.Math.imul;
  var log = foreign.log;

  // The memory map (byte offsets); never assigned.
  var T0 = 1024, T1 = 2048, T2 = 3072, T3 = 4096; // CRC tables, 256 words each
  var ALPHA = 5120;    // the 64 base64 digits
  var DIGIT = 5376;    // byte -> digit value; -1 not a digit, -2 the pad '='
  var SCRATCH = 8192;  // the self test's buffers
  var INPUT = 65536;   // 0x10000: main()'s input, at most MAXLEN bytes
  var MAXLEN = 196608;
  var ENCODED = 262144; // 0x40000: its base64 text
  var DECODED = 524288; // 0x80000: that text decoded again
  var POLY = -306674912; // 0xEDB88320, the reflected CRC-32 polynomial

  // ---- CRC-32 -------------------------------------------------------------

  // T0 is the classic byte table; Tk[i] is the CRC of byte i followed by k
  // zero bytes, so four table lookups advance the CRC by a whole word.
  function crcInit() {
    var i = 0, k = 0, c = 0;
    for (i = 0; (i | 0) < 256; i = (i + 1) | 0) {
      c = i;
      for (k = 0; (k | 0) < 8; k = (k + 1) | 0) {
        c = (c >>> 1) ^ (-(c & 1) & POLY);
      }
      H32[(T0 + (i << 2)) >> 2] = c;
    }
    for (i = 0; (i | 0) < 256; i = (i + 1) | 0) {
      c = H32[(T0 + (i << 2)) >> 2] | 0;
      c = (c >>> 8) ^ H32[(T0 + ((c & 255) << 2)) >> 2];
      H32[(T1 + (i << 2)) >> 2] = c;
      c = (c >>> 8) ^ H32[(T0 + ((c & 255) << 2)) >> 2];
      H32[(T2 + (i << 2)) >> 2] = c;
      c = (c >>> 8) ^ H32[(T0 + ((c & 255) << 2)) >> 2];
      H32[(T3 + (i << 2)) >> 2] = c;
    }
  }

  // The CRC-32 of len bytes at ptr, continuing from crc (0 to start).
  function crc32(ptr, len, crc) {
    ptr = ptr | 0;
    len = len | 0;
    crc = crc | 0;
    var end = 0;
    crc = ~crc;
    end = (ptr + len) | 0;
    while ((ptr | 0) < (end | 0)) {
      crc = H32[(T0 + (((crc ^ HU8[ptr]) & 255) << 2)) >> 2] ^ (crc >>> 8);
      ptr = (ptr + 1) | 0;
    }
    return ~crc;
  }

  // The same CRC four bytes at a time (slicing by four), bytes read one by
  // one so that ptr need not be aligned.
  function crc32x4(ptr, len, crc) {
    ptr = ptr | 0;
    len = len | 0;
    crc = crc | 0;
    var end = 0;
    crc = ~crc;
    end = (ptr + (len & -4)) | 0;
    while ((ptr | 0) < (end | 0)) {
      crc = crc ^ (HU8[ptr] | (HU8[(ptr + 1) | 0] << 8) | (HU8[(ptr + 2) | 0] << 16) | (HU8[(ptr + 3) | 0] << 24));
      crc = H32[(T3 + ((crc & 255) << 2)) >> 2] ^ H32[(T2 + (((crc >>> 8) & 255) << 2)) >> 2] ^
            H32[(T1 + (((crc >>> 16) & 255) << 2)) >> 2] ^ H32[(T0 + ((crc >>> 24) << 2)) >> 2];
      ptr = (ptr + 4) | 0;
    }
    end = (ptr + (len & 3)) | 0;
    while ((ptr | 0) < (end | 0)) {
      crc = H32[(T0 + (((crc ^ HU8[ptr]) & 255) << 2)) >> 2] ^ (crc >>> 8);
      ptr = (ptr + 1) | 0;
    }
    return ~crc;
  }

  // ---- Adler-32 -----------------------------------------------------------

  // The Adler-32 of len bytes at ptr, continuing from adler (1 to start).
  // Sums are reduced every 5552 bytes (zlib's NMAX), the largest block after
  // which b still fits in 32 unsigned bits; so the reduction is unsigned.
  function adler32(ptr, len, adler) {
    ptr = ptr | 0;
    len = len | 0;
    adler = adler | 0;
    var a = 0, b = 0, n = 0, end = 0;
    a = adler & 65535;
    b = adler >>> 16;
    while ((len | 0) > 0) {
      n = (len | 0) < 5552 ? len : 5552;
      len = (len - n) | 0;
      end = (ptr + (n & -4)) | 0;
      while ((ptr | 0) < (end | 0)) {
        a = (a + (HU8[ptr] | 0)) | 0;
        b = (b + a) | 0;
        a = (a + (HU8[(ptr + 1) | 0] | 0)) | 0;
        b = (b + a) | 0;
        a = (a + (HU8[(ptr + 2) | 0] | 0)) | 0;
        b = (b + a) | 0;
        a = (a + (HU8[(ptr + 3) | 0] | 0)) | 0;
        b = (b + a) | 0;
        ptr = (ptr + 4) | 0;
      }
      end = (ptr + (n & 3)) | 0;
      while ((ptr | 0) < (end | 0)) {
        a = (a + (HU8[ptr] | 0)) | 0;
        b = (b + a) | 0;
        ptr = (ptr + 1) | 0;
      }
      a = ((a >>> 0) % 65521) | 0;
      b = ((b >>> 0) % 65521) | 0;
    }
    return (b << 16) | a;
  }

  // ---- base64 -------------------------------------------------------------

  function b64Init() {
    var v = 0, c = 0;
    for (v = 0; (v | 0) < 256; v = (v + 1) | 0) HU8[(DIGIT + v) | 0] = 255;
    for (v = 0; (v | 0) < 64; v = (v + 1) | 0) {
      if ((v | 0) < 26) c = (v + 65) | 0;        // A-Z
      else if ((v | 0) < 52) c = (v + 71) | 0;   // a-z
      else if ((v | 0) < 62) c = (v - 4) | 0;    // 0-9
      else if ((v | 0) == 62) c = 43;            // +
      else c = 47;                               // /
      HU8[(ALPHA + v) | 0] = c;
      HU8[(DIGIT + c) | 0] = v;
    }
    HI8[(DIGIT + 61) | 0] = -2;                  // =
  }

  // Encode len bytes at src as base64 at dst, padded with '='; returns the
  // length of the text.
  function b64Encode(src, len, dst) {
    src = src | 0;
    len = len | 0;
    dst = dst | 0;
    var o = 0, end = 0, x = 0, rem = 0;
    if ((len | 0) < 0) return 0;
    o = dst;
    rem = ((len | 0) % 3) | 0;
    end = (src + len - rem) | 0;
    while ((src | 0) < (end | 0)) {
      x = (HU8[src] << 16) | (HU8[(src + 1) | 0] << 8) | HU8[(src + 2) | 0];
      HU8[o] = HU8[(ALPHA + (x >>> 18)) | 0];
      HU8[(o + 1) | 0] = HU8[(ALPHA + ((x >>> 12) & 63)) | 0];
      HU8[(o + 2) | 0] = HU8[(ALPHA + ((x >>> 6) & 63)) | 0];
      HU8[(o + 3) | 0] = HU8[(ALPHA + (x & 63)) | 0];
      src = (src + 3) | 0;
      o = (o + 4) | 0;
    }
    if (rem) {
      x = HU8[src] << 16;
      if ((rem | 0) == 2) x = x | (HU8[(src + 1) | 0] << 8);
      HU8[o] = HU8[(ALPHA + (x >>> 18)) | 0];
      HU8[(o + 1) | 0] = HU8[(ALPHA + ((x >>> 12) & 63)) | 0];
      HU8[(o + 2) | 0] = (rem | 0) == 2 ? HU8[(ALPHA + ((x >>> 6) & 63)) | 0] | 0 : 61;
      HU8[(o + 3) | 0] = 61;
      o = (o + 4) | 0;
    }
    return (o - dst) | 0;
  }

  // Decode len characters of base64 at src into dst; returns the number of
  // bytes, or -1 if the text is not padded base64 (a length that is not a
  // multiple of 4, a stray character, padding before the end).
  function b64Decode(src, len, dst) {
    src = src | 0;
    len = len | 0;
    dst = dst | 0;
    var o = 0, end = 0, a = 0, b = 0, c = 0, d = 0, x = 0;
    if ((len & 3) | ((len | 0) < 0)) return -1;
    o = dst;
    end = (src + len) | 0;
    while ((src | 0) < (end | 0)) {
      a = HI8[(DIGIT + (HU8[src] | 0)) | 0] | 0;
      b = HI8[(DIGIT + (HU8[(src + 1) | 0] | 0)) | 0] | 0;
      c = HI8[(DIGIT + (HU8[(src + 2) | 0] | 0)) | 0] | 0;
      d = HI8[(DIGIT + (HU8[(src + 3) | 0] | 0)) | 0] | 0;
      src = (src + 4) | 0;
      if (((a | 0) < 0) | ((b | 0) < 0)) return -1;
      if (((c | d) | 0) < 0) {
        // Only the last quad may be padded, as "xx==" or "xxx=".
        if ((src | 0) != (end | 0)) return -1;
        if ((d | 0) != -2) return -1;
        x = (a << 18) | (b << 12);
        HU8[o] = x >>> 16;
        o = (o + 1) | 0;
        if ((c | 0) == -2) break;
        if ((c | 0) < 0) return -1;
        x = x | (c << 6);
        HU8[o] = x >>> 8;
        o = (o + 1) | 0;
        break;
      }
      x = (a << 18) | (b << 12) | (c << 6) | d;
      HU8[o] = x >>> 16;
      HU8[(o + 1) | 0] = x >>> 8;
      HU8[(o + 2) | 0] = x;
      o = (o + 3) | 0;
    }
    return (o - dst) | 0;
  }

  // ---- driver -------------------------------------------------------------

  function init() {
    crcInit();
    b64Init();
  }

  // len pseudo-random bytes at ptr from seed (a 32-bit LCG, top byte), with
  // every fourth run of 16 bytes replaced by ASCII text-like bytes.
  function fillBytes(ptr, len, seed) {
    ptr = ptr | 0;
    len = len | 0;
    seed = seed | 0;
    var i = 0, x = 0;
    x = seed;
    for (i = 0; (i | 0) < (len | 0); i = (i + 1) | 0) {
      x = (imul(x, 1103515245) + 12345) | 0;
      if ((i & 48) == 48) HU8[(ptr + i) | 0] = 32 + ((x >>> 25) % 95 | 0);
      else HU8[(ptr + i) | 0] = x >>> 24;
    }
    return x | 0;
  }

  // Known answers; a bit per test passed (63 for all).
  function selfTest() {
    var ok = 0, i = 0, n = 0;
    init();
    for (i = 0; (i | 0) < 9; i = (i + 1) | 0) HU8[(SCRATCH + i) | 0] = (49 + i) | 0; // "123456789"
    if ((crc32(SCRATCH, 9, 0) | 0) == -873187034) ok = ok | 1;                      // 0xCBF43926
    if ((crc32x4(SCRATCH, 9, 0) | 0) == -873187034) ok = ok | 2;
    H32[(SCRATCH + 16) >> 2] = 1768646999;                                             // "Wiki"
    H32[(SCRATCH + 20) >> 2] = 1768187248;                                             // "pedi"
    HU8[(SCRATCH + 24) | 0] = 97;                                                      // "a"
    if ((adler32((SCRATCH + 16) | 0, 9, 1) | 0) == 300286872) ok = ok | 4;             // 0x11E60398
    n = b64Encode((SCRATCH + 16) | 0, 9, (SCRATCH + 64) | 0) | 0;                      // "V2lraXBlZGlh"
    if (((n | 0) == 12) & ((H32[(SCRATCH + 64) >> 2] | 0) == 1919693398) &
        ((H32[(SCRATCH + 68) >> 2] | 0) == 1816287329) & ((H32[(SCRATCH + 72) >> 2] | 0) == 1751926618)) ok = ok | 8;
    n = b64Encode(SCRATCH, 8, (SCRATCH + 128) | 0) | 0;                                // "MTIzNDU2Nzg="
    i = b64Encode(SCRATCH, 7, (SCRATCH + 192) | 0) | 0;                                // "MTIzNDU2Nw=="
    if (((crc32((SCRATCH + 128) | 0, n, 0) | 0) == 1104427800) &
        ((crc32((SCRATCH + 192) | 0, i, 0) | 0) == 156769685)) ok = ok | 16;
    n = b64Decode((SCRATCH + 192) | 0, i, (SCRATCH + 256) | 0) | 0;
    if (((n | 0) == 7) & ((crc32((SCRATCH + 256) | 0, 7, 0) | 0) == (crc32(SCRATCH, 7, 0) | 0))) ok = ok | 32;
    return ok | 0;
  }

  // Fill n bytes (at most MAXLEN) seeded by n, then checksum them every
  // way, encode, decode, and checksum the round trip. Larger n go on
  // checksumming the same bytes, n / MAXLEN times in all.
  function main(n) {
    n = n | 0;
    var ok = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, a1 = 0, a2 = 0, elen = 0, dlen = 0, i = 0, k = 0, bad = 0;
    var rounds = 0;
    if ((n | 0) < 0) n = 0;
    rounds = ((n >>> 0) / (MAXLEN >>> 0)) | 0;
    if ((n | 0) > (MAXLEN | 0)) n = MAXLEN;
    ok = selfTest() | 0;
    log(ok | 0);
    fillBytes(INPUT, n, (n + 1) | 0) | 0;
    c1 = crc32(INPUT, n, 0) | 0;
    c2 = crc32x4(INPUT, n, 0) | 0;
    // The CRC and the Adler sum again, in uneven chunks.
    for (i = 0; (i | 0) < (n | 0); i = (i + k) | 0) {
      k = (((i >>> 3) % 1021 | 0) + 1) | 0;
      if ((k | 0) > ((n - i) | 0)) k = (n - i) | 0;
      c3 = crc32((INPUT + i) | 0, k, c3) | 0;
      a2 = adler32((INPUT + i) | 0, k, (i | 0) == 0 ? 1 : a2) | 0;
    }
    if ((n | 0) == 0) a2 = 1;
    a1 = adler32(INPUT, n, 1) | 0;
    elen = b64Encode(INPUT, n, ENCODED) | 0;
    dlen = b64Decode(ENCODED, elen, DECODED) | 0;
    c4 = crc32(DECODED, dlen, 0) | 0;
    if ((c1 | 0) != (c2 | 0)) bad = bad | 1;
    if ((c1 | 0) != (c3 | 0)) bad = bad | 2;
    if ((c1 | 0) != (c4 | 0)) bad = bad | 4;
    if ((a1 | 0) != (a2 | 0)) bad = bad | 8;
    if ((dlen | 0) != (n | 0)) bad = bad | 16;
    if (bad) log(bad | 0, c1 | 0, c2 | 0, c3 | 0, c4 | 0);
    for (i = 1; (i | 0) < (rounds | 0); i = (i + 1) | 0) {
      c1 = crc32x4(INPUT, n, c1) | 0;
      a1 = adler32(INPUT, n, a1) | 0;
    }
    // The checksum of it all: the input's CRC and Adler sum, the text's.
    c3 = crc32x4(ENCODED, elen, 0) | 0;
    a2 = adler32(ENCODED, elen, 1) | 0;
    log(c1 | 0, a1 | 0, elen | 0);
    return (c1 ^ imul(a1, 65599) ^ imul(c3, 31) ^ a2 ^ imul(bad, 1000003) ^ (ok << 24)) | 0;
  }

  return {
    main: main,
    init: init,
    selfTest: selfTest,
    fillBytes: fillBytes,
    crc32: crc32,
    crc32x4: crc32x4,
    adler32: adler32,
    b64Encode: b64Encode,
    b64Decode: b64Decode
  };
}
if (typeof module !== "undefined") module.exports = M;
