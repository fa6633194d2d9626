// loop bodies whose accesses share a base (`p`, `p + 1`, ..., `(b + j + 16) >> 2`)
// run behind one guard with unchecked accesses when the base is far enough below
// the heap's end, and with a check each otherwise: bases at the very end, past it,
// negative ones that an offset wraps back into the heap, misaligned ones, a base
// assigned halfway through the body, break and continue inside the guarded part;
// small functions get the same guards over their bodies (word, putWord), and
// a little-endian word read byte by byte under a guard is one load (word,
// wordAt2; bigEndian is not that pattern)
// heap: 4096
// run: fill(3)
// run: sum8(0, 4)
// run: sum8(4088, 2)
// run: sum8(4092, 1)
// run: sum8(4093, 1)
// run: sum8(4095, 1)
// run: sum8(4096, 1)
// run: sum8(-2, 1)
// run: sum8(-1, 2)
// run: sum8(2147483647, 1)
// run: sum32(0, 3)
// run: sum32(1, 3)
// run: sum32(4080, 1)
// run: sum32(4084, 1)
// run: sum32(4090, 1)
// run: sum32(-8, 1)
// run: sum32(-12, 2)
// run: copy64(0, 8)
// run: copy64(4072, 1)
// run: copy64(4080, 1)
// run: copy64(4088, 1)
// run: copy64(-16, 1)
// run: dot32(0, 8)
// run: dot32(4032, 4)
// run: dot32(4060, 2)
// run: moved(100, 3)
// run: moved(4094, 2)
// run: untilZero(0, 100)
// run: untilZero(4090, 100)
// run: skipOdd(4000, 40)
// run: swapBytes(4090, 4)
// run: swapBytes(-3, 1)
// run: storeValue(4094)
// run: storeValue(10)
// run: pair(0, 2)
// run: pair(-4, 2)
// run: pair(-8, 1)
// run: pair(4084, 1)
// run: stack(2000, 5)
// run: stack(4, 5)
// run: stack(0, 3)
// run: stack(4100, 2)
// run: popPairs(2000, 6)
// run: popPairs(12, 3)
// run: popPairs(8, 2)
// run: popPairs(4, 1)
// run: popPairs(4100, 2)
// run: popPairs(-2147483640, 1)
// run: word(0)
// run: word(4092)
// run: word(4093)
// run: word(-1)
// run: word(-3)
// run: putWord(4092, 16909060)
// run: word(4092)
// run: putWord(4094, -1)
// run: word(4092)
// run: putWord(-2, 2139062143)
// run: word(0)
// run: wordAt2(4088)
// run: wordAt2(4090)
// run: wordAt2(-2)
// run: bigEndian(4092)
// run: bigEndian(17)
// run: sum8(0, 4)
// run: sum32(0, 3)
function M(stdlib, foreign, heap) {
  "use asm";
  var U8 = new stdlib.Uint8Array(heap);
  var I8 = new stdlib.Int8Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var F32 = new stdlib.Float32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  var fround = stdlib.Math.fround;

  function fill(seed) {
    seed = seed|0;
    var p = 0;
    for (p = 0; (p|0) < 4096; p = (p + 1)|0) {
      U8[p] = ((p * 31)|0) + seed;
    }
    return p|0;
  }

  // Four bytes a step, the base moved at the end of the body.
  function sum8(p, n) {
    p = p|0;
    n = n|0;
    var s = 0;
    while ((n|0) > 0) {
      s = (s + (U8[p]|0) + (U8[(p + 1)|0]|0) + (U8[(p + 2)|0]|0)) | 0;
      s = (s + (I8[p + 3 | 0]|0)) | 0;
      p = (p + 4)|0;
      n = (n - 1)|0;
    }
    return s|0;
  }

  // Words at p + 4, p + 8 and p, with p perhaps misaligned.
  function sum32(p, n) {
    p = p|0;
    n = n|0;
    var s = 0;
    do {
      s = (s ^ (I32[(p + 4) >> 2]|0)) | 0;
      s = (s + (I32[(p + 8) >> 2]|0)) | 0;
      s = (s + (I32[p >> 2]|0)) | 0;
      p = (p + 12)|0;
      n = (n - 1)|0;
    } while ((n|0) > 0);
    return s|0;
  }

  // Doubles read and written off one base: out-of-bounds stores are dropped.
  function copy64(p, n) {
    p = p|0;
    n = n|0;
    var i = 0;
    var d = 0.0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) {
      F64[(p + 8) >> 3] = +F64[p >> 3] + 1.5;
      d = d + +F64[(p + 8) >> 3] + +F64[(p + 16) >> 3];
      p = (p + 24)|0;
    }
    return +d;
  }

  // A two-local base `b + j`, as in a matrix product.
  function dot32(b, n) {
    b = b|0;
    n = n|0;
    var j = 0;
    var s = fround(0);
    for (j = 0; (j|0) < (n << 2); j = (j + 4)|0) {
      s = fround(s + fround(F32[(b + j) >> 2] * F32[(b + j + 16) >> 2]));
      s = fround(s + F32[(b + j + 32) >> 2]);
    }
    return +s;
  }

  // The base changes between two reads: the second read must see it.
  function moved(p, n) {
    p = p|0;
    n = n|0;
    var s = 0;
    while ((n|0) > 0) {
      s = (((s * 3)|0) + (U8[p]|0) + (U8[(p + 1)|0]|0)) | 0;
      p = (p + 1)|0;
      s = (s + (U8[p]|0) + (U8[(p + 1)|0]|0)) | 0;
      n = (n - 1)|0;
    }
    return s|0;
  }

  // break inside the guarded statements.
  function untilZero(p, n) {
    p = p|0;
    n = n|0;
    var s = 0;
    while ((n|0) > 0) {
      if (((U8[p]|0) ^ (U8[(p + 1)|0]|0)) == 0) break;
      s = (s + (U8[(p + 2)|0]|0)) | 0;
      p = (p + 3)|0;
      n = (n - 1)|0;
    }
    return (s + p)|0;
  }

  // continue inside the guarded statements.
  function skipOdd(p, n) {
    p = p|0;
    n = n|0;
    var s = 0, i = 0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) {
      if ((U8[(p + i)|0]|0) & 1) continue;
      s = (s + (U8[(p + i + 1)|0]|0) + (U8[(p + i + 2)|0]|0)) | 0;
    }
    return s|0;
  }

  // Stores and loads off one base, in an if.
  function swapBytes(p, n) {
    p = p|0;
    n = n|0;
    var t = 0;
    while ((n|0) > 0) {
      if ((U8[p]|0) > (U8[(p + 1)|0]|0)) {
        t = U8[p]|0;
        U8[p] = U8[(p + 1)|0]|0;
        U8[(p + 1)|0] = t;
      }
      p = (p + 2)|0;
      n = (n - 1)|0;
    }
    return ((U8[4090]|0) << 8 | (U8[4091]|0))|0;
  }

  // The value of a store expression, under the guard.
  function storeValue(p) {
    p = p|0;
    var s = 0, n = 2;
    while ((n|0) > 0) {
      s = (s + (U8[(p + 1)|0] = ((U8[p]|0) + 300)|0)) | 0;
      s = (s + (U8[(p + 1)|0]|0)) | 0;
      n = (n - 1)|0;
    }
    return s|0;
  }

  // Offsets 4 and 8 only: a base of -4 or -8 is below the heap, but the
  // accesses are in it, so the guard must not let the base wrap.
  function pair(p, n) {
    p = p|0;
    n = n|0;
    var s = 0;
    while ((n|0) > 0) {
      s = (s + (I32[(p + 4) >> 2]|0) + (I32[(p + 8) >> 2]|0)) | 0;
      p = (p + 8)|0;
      n = (n - 1)|0;
    }
    return s|0;
  }

  // A stack machine's cases: accesses below the stack pointer, in switch
  // clauses and if blocks inside a loop.
  function stack(sp, n) {
    sp = sp|0;
    n = n|0;
    var a = 0, op = 0;
    while ((n|0) > 0) {
      op = n & 3;
      switch (op|0) {
        case 0:
          a = I32[(sp - 8) >> 2]|0;
          I32[(sp - 8) >> 2] = I32[(sp - 4) >> 2]|0;
          I32[(sp - 4) >> 2] = a;
          break;
        case 1:
          I32[sp >> 2] = (I32[(sp - 4) >> 2]|0) + (I32[(sp - 12) >> 2]|0);
          sp = (sp + 4)|0;
          break;
        default:
          if ((a|0) != 0) {
            I32[(sp - 4) >> 2] = (I32[(sp - 4) >> 2]|0) ^ a;
            a = I32[(sp - 16) >> 2]|0;
          }
          sp = (sp - 4)|0;
      }
      n = (n - 1)|0;
    }
    return (a + (I32[(sp - 4) >> 2]|0) + sp)|0;
  }

  // Offsets below the base, as a stack machine pops: the guard tests the
  // lowest, sp - 8.
  function popPairs(sp, n) {
    sp = sp|0;
    n = n|0;
    var a = 0, b = 0;
    while ((n|0) > 0) {
      a = I32[(sp - 4) >> 2]|0;
      b = I32[(sp - 8) >> 2]|0;
      I32[(sp - 8) >> 2] = (a + b)|0;
      sp = (sp - 4)|0;
      n = (n - 1)|0;
    }
    return (I32[(sp - 4) >> 2]|0) ^ sp;
  }

  // A small function's body: the guard covers its final return.
  function word(p) {
    p = p|0;
    return U8[p] | (U8[(p + 1)|0] << 8) | (U8[(p + 2)|0] << 16) | (U8[(p + 3)|0] << 24);
  }

  // The same two bytes further on: the load's offset is 2.
  function wordAt2(p) {
    p = p|0;
    return U8[(p + 2)|0] | (U8[(p + 3)|0] << 8) | (U8[(p + 4)|0] << 16) | (U8[(p + 5)|0] << 24);
  }

  // Big-endian: four separate loads.
  function bigEndian(p) {
    p = p|0;
    return (U8[p] << 24) | (U8[(p + 1)|0] << 16) | (U8[(p + 2)|0] << 8) | U8[(p + 3)|0];
  }

  // Stores, then a return the guard does not cover.
  function putWord(p, v) {
    p = p|0;
    v = v|0;
    U8[p] = v;
    U8[(p + 1)|0] = v >> 8;
    U8[(p + 2)|0] = v >> 16;
    U8[(p + 3)|0] = v >> 24;
    return (p + 4)|0;
  }

  return { fill: fill, word: word, wordAt2: wordAt2, bigEndian: bigEndian, putWord: putWord, pair: pair, stack: stack, popPairs: popPairs, sum8: sum8, sum32: sum32, copy64: copy64, dot32: dot32, moved: moved,
           untilZero: untilZero, skipOdd: skipOdd, swapBytes: swapBytes, storeValue: storeValue };
}
