// UTF-8 and UTF-16 encoders and validating decoders, and a base64 codec (standard and URL-safe), round-tripping generated text
// heap: 262144
// run: known(0)
// run: known(1)
// run: known(2)
// run: roundtrip(1000, 1, 0)
// run: sizes()
// run: roundtrip(8192, 2, 1)
// run: sizes()
// run: roundtrip(0, 3, 0)
// run: roundtrip(1, 4, 1)
// run: roundtrip(-10, 5, 0)
// run: malformed()
// run: roundtrip(300, 6, 1)
// run: corruptBase64(17)
// run: corruptBase64(100000)
function M(stdlib, foreign, heap) {
  "use asm";

  var U8 = new stdlib.Uint8Array(heap);
  var I8 = new stdlib.Int8Array(heap);
  var U16 = new stdlib.Uint16Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var imul = stdlib.Math.imul;
  var mismatch = foreign.mismatch;

  // The memory map (byte offsets).
  var CP = 0;             // int32 code points, up to MAX_CP
  var UTF8 = 32768;       // their UTF-8
  var B64 = 65536;        // its base64
  var DEC = 114688;       // the bytes decoded back from base64
  var CP2 = 147456;       // int32 code points decoded back from UTF-8
  var UTF16 = 180224;     // uint16 units
  var TABLE = 212992;     // int8: the value of each base64 character, -1 if none
  var ALPHA = 213248;     // the 64 characters of the current alphabet
  var MAX_CP = 8192;

  var seed = 1;
  var nCp = 0;
  var n8 = 0;
  var n16 = 0;
  var n64 = 0;
  var bad = 0;

  function rnd(n) {
    n = n | 0;
    seed = (imul(seed, 1103515245) + 12345) | 0;
    return ((seed >>> 1) >>> 0) % (n >>> 0) | 0;
  }

  // ---- UTF-8 ------------------------------------------------------------------

  function encode8(count) {
    count = count | 0;
    var i = 0, c = 0, p = 0;
    p = UTF8;
    for (i = 0; (i | 0) < (count | 0); i = (i + 1) | 0) {
      c = H32[(CP + (i << 2)) >> 2] | 0;
      if ((c | 0) < 0x80) {
        U8[p] = c;
        p = (p + 1) | 0;
      } else if ((c | 0) < 0x800) {
        U8[p] = 0xc0 | (c >> 6);
        U8[(p + 1) | 0] = 0x80 | (c & 63);
        p = (p + 2) | 0;
      } else if ((c | 0) < 0x10000) {
        U8[p] = 0xe0 | (c >> 12);
        U8[(p + 1) | 0] = 0x80 | ((c >> 6) & 63);
        U8[(p + 2) | 0] = 0x80 | (c & 63);
        p = (p + 3) | 0;
      } else {
        U8[p] = 0xf0 | (c >> 18);
        U8[(p + 1) | 0] = 0x80 | ((c >> 12) & 63);
        U8[(p + 2) | 0] = 0x80 | ((c >> 6) & 63);
        U8[(p + 3) | 0] = 0x80 | (c & 63);
        p = (p + 4) | 0;
      }
    }
    return (p - UTF8) | 0;
  }

  // Decode len bytes at src into CP2; each malformed sequence becomes one
  // U+FFFD and counts in `bad`. Returns the code points decoded.
  function decode8(src, len) {
    src = src | 0;
    len = len | 0;
    var p = 0, end = 0, b = 0, c = 0, need = 0, min = 0, k = 0, out = 0, ok = 0;
    p = src;
    end = (src + len) | 0;
    bad = 0;
    while ((p | 0) < (end | 0)) {
      b = U8[p] | 0;
      ok = 1;
      if ((b | 0) < 0x80) {
        c = b;
        need = 0;
        min = 0;
      } else if ((b & 0xe0) == 0xc0) {
        c = b & 0x1f;
        need = 1;
        min = 0x80;
      } else if ((b & 0xf0) == 0xe0) {
        c = b & 0x0f;
        need = 2;
        min = 0x800;
      } else if ((b & 0xf8) == 0xf0) {
        c = b & 0x07;
        need = 3;
        min = 0x10000;
      } else {
        ok = 0;
        need = 0;
      }
      for (k = 1; ok & ((k | 0) <= (need | 0)); k = (k + 1) | 0) {
        if (((p + k) | 0) >= (end | 0)) ok = 0;
        else if (((U8[(p + k) | 0] | 0) & 0xc0) != 0x80) ok = 0;
        else c = (c << 6) | ((U8[(p + k) | 0] | 0) & 63);
      }
      if (ok) {
        if (((c | 0) < (min | 0)) | ((c | 0) > 0x10ffff) | (((c | 0) >= 0xd800) & ((c | 0) < 0xe000))) ok = 0;
      }
      if (ok) {
        p = (p + need + 1) | 0;
      } else {
        c = 0xfffd;
        bad = (bad + 1) | 0;
        p = (p + 1) | 0;
      }
      H32[(CP2 + (out << 2)) >> 2] = c;
      out = (out + 1) | 0;
    }
    return out | 0;
  }

  // ---- UTF-16 -----------------------------------------------------------------

  function encode16(count) {
    count = count | 0;
    var i = 0, c = 0, q = 0;
    for (i = 0; (i | 0) < (count | 0); i = (i + 1) | 0) {
      c = H32[(CP + (i << 2)) >> 2] | 0;
      if ((c | 0) >= 0x10000) {
        c = (c - 0x10000) | 0;
        U16[(UTF16 + (q << 1)) >> 1] = 0xd800 | (c >> 10);
        U16[(UTF16 + (q << 1) + 2) >> 1] = 0xdc00 | (c & 1023);
        q = (q + 2) | 0;
      } else {
        U16[(UTF16 + (q << 1)) >> 1] = c;
        q = (q + 1) | 0;
      }
    }
    return q | 0;
  }

  // Decode the units and compare with CP; the index of the first
  // difference, or -1.
  function check16(units) {
    units = units | 0;
    var q = 0, i = 0, u = 0, c = 0;
    while ((q | 0) < (units | 0)) {
      u = U16[(UTF16 + (q << 1)) >> 1] | 0;
      if ((u & 0xfc00) == 0xd800) {
        c = ((((u & 1023) << 10) | ((U16[(UTF16 + (q << 1) + 2) >> 1] | 0) & 1023)) + 0x10000) | 0;
        q = (q + 2) | 0;
      } else {
        c = u;
        q = (q + 1) | 0;
      }
      if ((c | 0) != (H32[(CP + (i << 2)) >> 2] | 0)) return i | 0;
      i = (i + 1) | 0;
    }
    return -1;
  }

  // ---- base64 -----------------------------------------------------------------

  // Alphabet 0 is standard (+ / and = padding), 1 URL-safe (- _, no padding).
  function alphabet(v) {
    v = v | 0;
    var i = 0, c = 0;
    for (i = 0; (i | 0) < 256; i = (i + 1) | 0) I8[(TABLE + i) | 0] = -1;
    for (i = 0; (i | 0) < 64; i = (i + 1) | 0) {
      if ((i | 0) < 26) c = (65 + i) | 0;
      else if ((i | 0) < 52) c = (71 + i) | 0;
      else if ((i | 0) < 62) c = (i - 4) | 0;
      else if ((i | 0) == 62) c = v ? 45 : 43;
      else c = v ? 95 : 47;
      U8[(ALPHA + i) | 0] = c;
      I8[(TABLE + c) | 0] = i;
    }
  }

  function encode64(src, len, dst, v) {
    src = src | 0;
    len = len | 0;
    dst = dst | 0;
    v = v | 0;
    var i = 0, o = 0, x = 0, rest = 0;
    o = dst;
    for (i = 0; ((i + 3) | 0) <= (len | 0); i = (i + 3) | 0) {
      x = (U8[(src + i) | 0] << 16) | (U8[(src + i + 1) | 0] << 8) | U8[(src + i + 2) | 0];
      U8[o] = U8[(ALPHA + (x >> 18)) | 0] | 0;
      U8[(o + 1) | 0] = U8[(ALPHA + ((x >> 12) & 63)) | 0] | 0;
      U8[(o + 2) | 0] = U8[(ALPHA + ((x >> 6) & 63)) | 0] | 0;
      U8[(o + 3) | 0] = U8[(ALPHA + (x & 63)) | 0] | 0;
      o = (o + 4) | 0;
    }
    rest = (len - i) | 0;
    if ((rest | 0) > 0) {
      x = U8[(src + i) | 0] << 16;
      if ((rest | 0) == 2) x = x | (U8[(src + i + 1) | 0] << 8);
      U8[o] = U8[(ALPHA + (x >> 18)) | 0] | 0;
      U8[(o + 1) | 0] = U8[(ALPHA + ((x >> 12) & 63)) | 0] | 0;
      o = (o + 2) | 0;
      if ((rest | 0) == 2) {
        U8[o] = U8[(ALPHA + ((x >> 6) & 63)) | 0] | 0;
        o = (o + 1) | 0;
      }
      if (!v) {
        for (; (rest | 0) < 3; rest = (rest + 1) | 0) {
          U8[o] = 61;
          o = (o + 1) | 0;
        }
      }
    }
    return (o - dst) | 0;
  }

  // Decode len characters; returns the bytes written, or -1 for a
  // character outside the alphabet (padding only at the end).
  function decode64(src, len, dst) {
    src = src | 0;
    len = len | 0;
    dst = dst | 0;
    var i = 0, v = 0, acc = 0, bits = 0, o = 0;
    while (((len | 0) > 0) & ((U8[(src + len - 1) | 0] | 0) == 61)) len = (len - 1) | 0;
    o = dst;
    for (i = 0; (i | 0) < (len | 0); i = (i + 1) | 0) {
      v = I8[(TABLE + (U8[(src + i) | 0] | 0)) | 0] | 0;
      if ((v | 0) < 0) return -1;
      acc = (acc << 6) | v;
      bits = (bits + 6) | 0;
      if ((bits | 0) >= 8) {
        bits = (bits - 8) | 0;
        U8[o] = acc >> bits;
        o = (o + 1) | 0;
        acc = acc & ((1 << bits) - 1);
      }
    }
    return (o - dst) | 0;
  }

  // ---- the programs -------------------------------------------------------------

  // Mostly ASCII words, some Greek, CJK and emoji; never a surrogate.
  function generate(count) {
    count = count | 0;
    var i = 0, k = 0, c = 0;
    for (i = 0; (i | 0) < (count | 0); i = (i + 1) | 0) {
      k = rnd(20) | 0;
      if ((k | 0) < 12) c = (97 + (rnd(26) | 0)) | 0;
      else if ((k | 0) < 14) c = 32;
      else if ((k | 0) < 16) c = (0x391 + (rnd(25) | 0)) | 0;
      else if ((k | 0) < 18) c = (0x4e00 + (rnd(0x5200) | 0)) | 0;
      else if ((k | 0) < 19) c = (0x1f600 + (rnd(80) | 0)) | 0;
      else c = (0x80 + (rnd(0xff80) | 0)) | 0;
      if (((c | 0) >= 0xd800) & ((c | 0) < 0xe000)) c = 0xfffd;
      H32[(CP + (i << 2)) >> 2] = c;
    }
  }

  function hashBytes(p, n) {
    p = p | 0;
    n = n | 0;
    var i = 0, h = 0;
    h = -2128831035;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) h = imul(h ^ (U8[(p + i) | 0] | 0), 16777619) | 0;
    return h | 0;
  }

  // Text -> UTF-8 -> base64 -> bytes -> code points, and text -> UTF-16 ->
  // code points. Returns the hash of the base64, or -1 (reported).
  function roundtrip(count, s, v) {
    count = count | 0;
    s = s | 0;
    v = v | 0;
    var i = 0, got = 0;
    if ((count | 0) < 0) count = 0;
    if ((count | 0) > (MAX_CP | 0)) count = MAX_CP;
    seed = s;
    nCp = count;
    generate(count);
    alphabet(v);
    n8 = encode8(count) | 0;
    n64 = encode64(UTF8, n8, B64, v) | 0;
    got = decode64(B64, n64, DEC) | 0;
    if ((got | 0) != (n8 | 0)) {
      mismatch(1, got | 0);
      return -1;
    }
    for (i = 0; (i | 0) < (n8 | 0); i = (i + 1) | 0) {
      if ((U8[(DEC + i) | 0] | 0) != (U8[(UTF8 + i) | 0] | 0)) {
        mismatch(2, i | 0);
        return -1;
      }
    }
    got = decode8(DEC, n8) | 0;
    if (((got | 0) != (count | 0)) | ((bad | 0) != 0)) {
      mismatch(3, got | 0);
      return -1;
    }
    for (i = 0; (i | 0) < (count | 0); i = (i + 1) | 0) {
      if ((H32[(CP + (i << 2)) >> 2] | 0) != (H32[(CP2 + (i << 2)) >> 2] | 0)) {
        mismatch(4, i | 0);
        return -1;
      }
    }
    n16 = encode16(count) | 0;
    got = check16(n16) | 0;
    if ((got | 0) != -1) {
      mismatch(5, got | 0);
      return -1;
    }
    return hashBytes(B64, n64) | 0;
  }

  // UTF-8 bytes, UTF-16 units and base64 characters of the last round trip.
  function sizes() {
    return ((n8 << 12) ^ (n16 << 4) ^ n64) | 0;
  }

  // The base64 of "Man" (0), "Ma" (1) and "M" (2), packed four characters
  // to an int.
  function known(which) {
    which = which | 0;
    var n = 0;
    U8[UTF8] = 77;
    U8[(UTF8 + 1) | 0] = 97;
    U8[(UTF8 + 2) | 0] = 110;
    alphabet(0);
    n = encode64(UTF8, (3 - (which & 3)) | 0, B64, 0) | 0;
    return (U8[B64] << 24) | (U8[(B64 + 1) | 0] << 16) | (U8[(B64 + 2) | 0] << 8) | U8[(B64 + 3) | 0];
  }

  // Decode an overlong '/', a surrogate, a euro cut short by an 'A', a stray
  // continuation, a code point past U+10FFFF, then a good euro sign.
  // Returns bad * 65536 + decoded * 256 + the last code point's low byte.
  function malformed() {
    var p = 0, got = 0;
    p = UTF8;
    U8[p] = 0xc0; U8[(p + 1) | 0] = 0xaf;
    U8[(p + 2) | 0] = 0xed; U8[(p + 3) | 0] = 0xa0; U8[(p + 4) | 0] = 0x80;
    U8[(p + 5) | 0] = 0xe2; U8[(p + 6) | 0] = 0x82; U8[(p + 7) | 0] = 0x41;
    U8[(p + 8) | 0] = 0x80;
    U8[(p + 9) | 0] = 0xf4; U8[(p + 10) | 0] = 0x90; U8[(p + 11) | 0] = 0x80; U8[(p + 12) | 0] = 0x80;
    U8[(p + 13) | 0] = 0xe2; U8[(p + 14) | 0] = 0x82; U8[(p + 15) | 0] = 0xac;
    got = decode8(UTF8, 16) | 0;
    return ((bad << 16) + (got << 8) + (H32[(CP2 + ((got - 1) << 2)) >> 2] & 255)) | 0;
  }

  // Put a '*' at position k of the last base64 text: decoding must refuse it.
  function corruptBase64(k) {
    k = k | 0;
    if (((k | 0) < 0) | ((k | 0) >= (n64 | 0))) return -2;
    U8[(B64 + k) | 0] = 42;
    return decode64(B64, n64, DEC) | 0;
  }

  return { roundtrip: roundtrip, sizes: sizes, known: known, malformed: malformed, corruptBase64: corruptBase64 };
}
