// a JSON parser over heap bytes building a node tree (numbers as doubles, strings unescaped to UTF-8), fed generated documents and edge cases
// heap: 524288
// run: parse(1, 20000)
// run: sum()
// run: strHash()
// run: countType(6)
// run: parse(2, 60000)
// run: sum()
// run: countType(3)
// run: parse(3, 0)
// run: edge(0)
// run: edge(1)
// run: edge(2)
// run: edge(3)
// run: edge(4)
// run: edge(5)
// run: edge(6)
// run: edge(7)
// run: edge(8)
// run: edge(9)
// run: edge(10)
// run: edge(11)
function M(stdlib, foreign, heap) {
  "use asm";

  var U8 = new stdlib.Uint8Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  var imul = stdlib.Math.imul;
  var syntaxError = foreign.syntaxError;

  // The memory map (byte offsets).
  var TEXT = 0;           // the document, up to 64 KiB
  var STR = 65536;        // the unescaped strings, back to back
  var NODES = 131072;     // 32-byte nodes: type, first child, next sibling, depth,
                          // value (double), string start, string length
  var MAX_NODES = 12288;

  // Node types.
  var NUL = 0, FALSE = 1, TRUE = 2, NUMBER = 3, STRING = 4, ARRAY = 5, OBJECT = 6;

  // The parser's state, the generator's, and parseNumber's mantissa.
  var pos = 0, end = 0, nNodes = 0, strTop = 0, errPos = -1;
  var seed = 1, gp = 0, limit = 0;
  var num = 0.0;

  // ---- the tree -------------------------------------------------------------------

  function node(i) {
    i = i | 0;
    return (NODES + (i << 5)) | 0;
  }

  function newNode(type, depth) {
    type = type | 0;
    depth = depth | 0;
    var p = 0;
    if ((nNodes | 0) >= (MAX_NODES | 0)) return -1;
    p = node(nNodes) | 0;
    H32[p >> 2] = type;
    H32[(p + 4) >> 2] = H32[(p + 8) >> 2] = -1;
    H32[(p + 12) >> 2] = depth;
    F64[(p + 16) >> 3] = 0.0;
    nNodes = (nNodes + 1) | 0;
    return (nNodes - 1) | 0;
  }

  // ---- the parser -------------------------------------------------------------------

  // Note the first error's position; -1.
  function fail() { if ((errPos | 0) < 0) errPos = pos; return -1; }

  function peek() {
    if ((pos | 0) >= (end | 0)) return -1;
    return U8[(TEXT + pos) | 0] | 0;
  }

  function skipWs() {
    var c = 0;
    for (c = peek() | 0; ((c | 0) == 32) | ((c | 0) == 10) | ((c | 0) == 13) | ((c | 0) == 9); c = peek() | 0) {
      pos = (pos + 1) | 0;
    }
  }

  function isDigit(c) {
    c = c | 0;
    return (((c | 0) >= 48) & ((c | 0) <= 57)) | 0;
  }

  // `word` (packed little-endian, len bytes) must follow.
  function expect(word, len) {
    word = word | 0;
    len = len | 0;
    var i = 0;
    for (i = 0; (i | 0) < (len | 0); i = (i + 1) | 0) {
      if ((peek() | 0) != ((word >>> (i << 3)) & 255)) return 0;
      pos = (pos + 1) | 0;
    }
    return 1;
  }

  // Step over c if it comes next: 1 if it did.
  function eat(c) {
    c = c | 0;
    if ((peek() | 0) != (c | 0)) return 0;
    pos = (pos + 1) | 0;
    return 1;
  }

  // Digits onto the mantissa `num`; returns how many.
  function digits() {
    var c = 0, k = 0;
    while (isDigit(c = peek() | 0) | 0) {
      num = num * 10.0 + +((c - 48) | 0);
      pos = (pos + 1) | 0;
      k = (k + 1) | 0;
    }
    return k | 0;
  }

  // The value is scaled by repeated * 10 or / 10 (exact steps, not the
  // correctly rounded conversion).
  function parseNumber(depth) {
    depth = depth | 0;
    var n = 0, neg = 0, scale = 0, ex = 0, exNeg = 0, c = 0, k = 0;
    n = newNode(NUMBER, depth) | 0;
    if ((n | 0) < 0) return fail() | 0;
    neg = eat(45) | 0;
    num = 0.0;
    if (eat(48) | 0) {
      if (isDigit(peek() | 0) | 0) return fail() | 0;
    } else if (!(digits() | 0)) return fail() | 0;
    if (eat(46) | 0) {
      k = digits() | 0;
      if (!k) return fail() | 0;
      scale = (-k) | 0;
    }
    if ((eat(101) | 0) | (eat(69) | 0)) {
      exNeg = eat(45) | 0;
      if (!exNeg) eat(43) | 0;
      if (!(isDigit(peek() | 0) | 0)) return fail() | 0;
      while (isDigit(c = peek() | 0) | 0) {
        if ((ex | 0) < 10000) ex = ((imul(ex, 10) | 0) + c - 48) | 0;
        pos = (pos + 1) | 0;
      }
      scale = exNeg ? (scale - ex) | 0 : (scale + ex) | 0;
    }
    for (; (scale | 0) > 0; scale = (scale - 1) | 0) num = num * 10.0;
    for (; (scale | 0) < 0; scale = (scale + 1) | 0) num = num / 10.0;
    F64[((node(n) | 0) + 16) >> 3] = neg ? -num : num;
    return n | 0;
  }

  function putByte(b) {
    b = b | 0;
    U8[(STR + strTop) | 0] = b;
    strTop = (strTop + 1) | 0;
  }

  function putUtf8(c) {
    c = c | 0;
    if ((c | 0) < 0x80) { putByte(c); return; }
    if ((c | 0) < 0x800) putByte(0xc0 | (c >> 6));
    else {
      putByte(0xe0 | (c >> 12));
      putByte(0x80 | ((c >> 6) & 63));
    }
    putByte(0x80 | (c & 63));
  }

  function hexDigit(c) {
    c = c | 0;
    if (isDigit(c) | 0) return (c - 48) | 0;
    c = c | 32;
    if (((c | 0) >= 97) & ((c | 0) <= 102)) return (c - 87) | 0;
    return -1;
  }

  function parseString(depth) {
    depth = depth | 0;
    var n = 0, c = 0, start = 0, u = 0, i = 0, d = 0;
    n = newNode(STRING, depth) | 0;
    if ((n | 0) < 0) return fail() | 0;
    pos = (pos + 1) | 0;
    start = strTop;
    while (1) {
      c = peek() | 0;
      if ((c | 0) < 32) return fail() | 0;
      pos = (pos + 1) | 0;
      if ((c | 0) == 34) break;
      if ((c | 0) != 92) { putByte(c); continue; }
      c = peek() | 0;
      pos = (pos + 1) | 0;
      switch (c | 0) {
        case 34: case 92: case 47: putUtf8(c); break;
        case 98: putUtf8(8); break;
        case 102: putUtf8(12); break;
        case 110: putUtf8(10); break;
        case 114: putUtf8(13); break;
        case 116: putUtf8(9); break;
        case 117:
          u = 0;
          for (i = 0; (i | 0) < 4; i = (i + 1) | 0) {
            d = hexDigit(peek() | 0) | 0;
            if ((d | 0) < 0) return fail() | 0;
            u = (u << 4) | d;
            pos = (pos + 1) | 0;
          }
          putUtf8(u);
          break;
        default:
          pos = (pos - 1) | 0;
          return fail() | 0;
      }
    }
    H32[((node(n) | 0) + 24) >> 2] = start;
    H32[((node(n) | 0) + 28) >> 2] = (strTop - start) | 0;
    return n | 0;
  }

  // Arrays (close 93) and objects (close 125, members "key": value).
  function parseList(depth, isObject) {
    depth = depth | 0;
    isObject = isObject | 0;
    var n = 0, child = 0, last = -1, close = 0;
    n = newNode(isObject ? OBJECT : ARRAY, depth) | 0;
    if ((n | 0) < 0) return fail() | 0;
    close = isObject ? 125 : 93;
    pos = (pos + 1) | 0;
    skipWs();
    if (eat(close) | 0) return n | 0;
    while (1) {
      if (isObject) {
        skipWs();
        if ((peek() | 0) != 34) return fail() | 0;
        child = parseString((depth + 1) | 0) | 0;
        if ((child | 0) < 0) return -1;
        if ((last | 0) < 0) H32[((node(n) | 0) + 4) >> 2] = child;
        else H32[((node(last) | 0) + 8) >> 2] = child;
        last = child;
        skipWs();
        if (!(eat(58) | 0)) return fail() | 0;
      }
      child = parseValue((depth + 1) | 0) | 0;
      if ((child | 0) < 0) return -1;
      if ((last | 0) < 0) H32[((node(n) | 0) + 4) >> 2] = child;
      else H32[((node(last) | 0) + 8) >> 2] = child;
      last = child;
      skipWs();
      if (eat(44) | 0) continue;
      if (eat(close) | 0) return n | 0;
      return fail() | 0;
    }
    return -1;
  }

  function parseValue(depth) {
    depth = depth | 0;
    var c = 0;
    skipWs();
    if ((depth | 0) > 200) return fail() | 0;
    c = peek() | 0;
    switch (c | 0) {
      case 123: return parseList(depth, 1) | 0;
      case 91: return parseList(depth, 0) | 0;
      case 34: return parseString(depth) | 0;
      case 116: if (expect(0x65757274, 4) | 0) return newNode(TRUE, depth) | 0; return fail() | 0;
      case 102: if ((expect(0x736c6166, 4) | 0) & (expect(101, 1) | 0)) return newNode(FALSE, depth) | 0; return fail() | 0;
      case 110: if (expect(0x6c6c756e, 4) | 0) return newNode(NUL, depth) | 0; return fail() | 0;
      default: break;
    }
    if (((c | 0) == 45) | (isDigit(c) | 0)) return parseNumber(depth) | 0;
    return fail() | 0;
  }

  // Parse the len bytes at TEXT: the node count, or -1 (reported).
  function parseText(len) {
    len = len | 0;
    var root = 0;
    pos = nNodes = strTop = 0;
    end = len;
    errPos = -1;
    root = parseValue(0) | 0;
    if ((root | 0) >= 0) {
      skipWs();
      if ((pos | 0) != (end | 0)) root = fail() | 0;
    }
    if ((root | 0) < 0) {
      syntaxError(errPos | 0);
      return -1;
    }
    return nNodes | 0;
  }

  // ---- the generator -----------------------------------------------------------------

  function rnd(n) {
    n = n | 0;
    seed = (imul(seed, 1103515245) + 12345) | 0;
    return ((seed >>> 16) & 32767) % (n | 0) | 0;
  }

  function emit(c) {
    c = c | 0;
    U8[(TEXT + gp) | 0] = c;
    gp = (gp + 1) | 0;
  }

  // Now and then a space, or a newline and an indent.
  function space() {
    var k = 0;
    k = rnd(8) | 0;
    if ((k | 0) < 2) emit((k | 0) == 0 ? 32 : 10);
    if ((k | 0) == 1) emit(32);
  }

  function genString() {
    var n = 0, k = 0;
    emit(34);
    for (n = rnd(9) | 0; (n | 0) > 0; n = (n - 1) | 0) {
      k = rnd(30) | 0;
      if ((k | 0) == 0) { emit(92); emit(110); }
      else if ((k | 0) == 1) { emit(92); emit(34); }
      else if ((k | 0) == 2) { emit(92); emit(117); emit(48); emit(48); emit(101); emit(57); }
      else emit((97 + (rnd(26) | 0)) | 0);
    }
    emit(34);
  }

  function genNumber() {
    var n = 0;
    if (!(rnd(4) | 0)) emit(45);
    if (!(rnd(6) | 0)) emit(48);
    else {
      emit((49 + (rnd(9) | 0)) | 0);
      for (n = rnd(6) | 0; (n | 0) > 0; n = (n - 1) | 0) emit((48 + (rnd(10) | 0)) | 0);
    }
    if (!(rnd(3) | 0)) {
      emit(46);
      for (n = (1 + (rnd(4) | 0)) | 0; (n | 0) > 0; n = (n - 1) | 0) emit((48 + (rnd(10) | 0)) | 0);
    }
    if (!(rnd(5) | 0)) {
      emit(rnd(2) | 0 ? 101 : 69);
      if (rnd(2) | 0) emit(rnd(2) | 0 ? 43 : 45);
      emit((48 + (rnd(10) | 0)) | 0);
      if (rnd(2) | 0) emit((48 + (rnd(10) | 0)) | 0);
    }
  }

  function genValue(depth) {
    depth = depth | 0;
    var k = 0, n = 0, i = 0;
    k = rnd(10) | 0;
    if (((depth | 0) > 6) | ((gp | 0) > (limit | 0))) k = rnd(5) | 0;
    // The root is an object that takes members until the size is reached.
    if (!depth) k = 9;
    space();
    switch (k | 0) {
      case 0: case 1: genNumber(); break;
      case 2: case 3: genString(); break;
      case 4:
        k = rnd(3) | 0;
        if ((k | 0) == 0) { emit(116); emit(114); emit(117); emit(101); }
        else if ((k | 0) == 1) { emit(102); emit(97); emit(108); emit(115); emit(101); }
        else { emit(110); emit(117); emit(108); emit(108); }
        break;
      default:
        emit((k | 0) < 8 ? 91 : 123);
        n = depth ? rnd(6) | 0 : 0x7fffffff;
        for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
          if ((gp | 0) > (limit | 0)) break;
          if (i) emit(44);
          if ((k | 0) >= 8) { space(); genString(); emit(58); }
          genValue((depth + 1) | 0);
        }
        space();
        emit((k | 0) < 8 ? 93 : 125);
    }
  }

  // Generate a document of about `size` bytes from seed s and parse it.
  function parse(s, size) {
    s = s | 0;
    size = size | 0;
    if ((size | 0) < 0) size = 0;
    if ((size | 0) > 40000) size = 40000;
    seed = s;
    gp = 0;
    limit = size;
    genValue(0);
    return parseText(gp) | 0;
  }

  function sum() {
    var i = 0, s = 0.0;
    for (i = 0; (i | 0) < (nNodes | 0); i = (i + 1) | 0) {
      if ((H32[(node(i) | 0) >> 2] | 0) == (NUMBER | 0)) s = s + +F64[((node(i) | 0) + 16) >> 3];
    }
    return +s;
  }

  function countType(t) {
    t = t | 0;
    var i = 0, n = 0;
    for (i = 0; (i | 0) < (nNodes | 0); i = (i + 1) | 0) n = (n + ((H32[(node(i) | 0) >> 2] | 0) == (t | 0))) | 0;
    return n | 0;
  }

  function strHash() {
    var i = 0, h = 0;
    h = -2128831035;
    for (i = 0; (i | 0) < (strTop | 0); i = (i + 1) | 0) h = imul(h ^ (U8[(STR + i) | 0] | 0), 16777619) | 0;
    return (h ^ strTop) | 0;
  }

  function put4(at, word) {
    at = at | 0;
    word = word | 0;
    H32[(TEXT + at) >> 2] = word;
  }
  // Small hand-written documents: the root's number, else its node count
  // plus its type / 10, or -(error position + 1).
  function edge(k) {
    k = k | 0;
    var len = 0, n = 0, t = 0;
    switch (k | 0) {
      case 0: put4(0, 542842912); put4(4, 2105437); len = 7; break;
      case 1: put4(0, 12333); len = 2; break;
      case 2: put4(0, 808740145); put4(4, 48); len = 5; break;
      case 3: put4(0, 12592); len = 2; break;
      case 4: put4(0, 1563177307); len = 4; break;
      case 5: put4(0, 812997666); put4(4, 2017027376); put4(8, 34); len = 9; break;
      case 6: put4(0, 576791163); put4(4, 32058); len = 6; break;
      case 7: put4(0, 1697984050); put4(4, 13101); len = 6; break;
      case 8: put4(0, 577446523); put4(4, 1920228154); put4(8, 1714185589); put4(12, 1702063201);
        put4(16, 1819635244); put4(20, 573332844); put4(24, 758784622); put4(28, 925774385);
        put4(32, 841696565); put4(36, 125); len = 37; break;
      case 9: put4(0, 1650553890); put4(4, 1550939228); put4(8, 8738); len = 10; break;
      case 10: put4(0, 840970587); put4(4, 93); len = 5; break;
      default: put4(0, 6447394); len = 3;
    }
    n = parseText(len) | 0;
    if ((n | 0) < 0) return +(-((errPos + 1) | 0) | 0);
    t = H32[NODES >> 2] | 0;
    if ((t | 0) == (NUMBER | 0)) return +F64[(NODES + 16) >> 3];
    return +(n | 0) + +(t | 0) / 10.0 + +(strHash() | 0) / 4294967296.0;
  }

  return { parse: parse, sum: sum, countType: countType, strHash: strHash, edge: edge };
}
